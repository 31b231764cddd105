using IopFinder.Core.Content;

namespace IopFinder.Core.Tests.Content;

public class FrontMatterParserTests
{
    [Fact]
    public void Parse_SplitsFrontMatterAndBody()
    {
        var (document, problem) = FrontMatterParser.Parse("p.md", "---\nname: A\n---\n# Hello\n\nBody text.\n");
        Assert.Null(problem);
        Assert.Equal("# Hello\n\nBody text.\n", document!.Body);
        Assert.Single(document.FrontMatter.Children);
    }

    [Theory]
    [InlineData("# Just markdown\n", 1, "no front matter")]
    [InlineData("", 1, "no front matter")]
    [InlineData("---\nname: [unclosed\n---\n", 3, "not valid YAML")]
    [InlineData("---\nname: A\n  bad: indent: here\n---\n", 3, "not valid YAML")]
    [InlineData("---\n- a\n- b\n---\n", 2, "must be 'key: value' lines")]
    public void Parse_ReportsProblemAtLine(string text, int line, string message)
    {
        var (document, problem) = FrontMatterParser.Parse("programs/x.md", text);
        Assert.Null(document);
        Assert.Equal(line, problem!.Line);
        Assert.Contains(message, problem.Message);
        Assert.StartsWith($"programs/x.md:{line}: ", problem.ToString());
    }

    [Fact]
    public void Parse_LineOffsetMapsYamlLinesToFileLines()
    {
        var (document, _) = FrontMatterParser.Parse("p.md", "---\nname: A\nconditions: [x]\n---\n");
        var node = document!.FrontMatter.Children.Last().Key;
        Assert.Equal(3, (int)node.Start.Line + document.LineOffset);
    }
}
