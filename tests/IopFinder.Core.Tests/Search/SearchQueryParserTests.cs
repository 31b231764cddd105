using IopFinder.Core.Search;
using IopFinder.Core.Tests.Support;
using IopFinder.Core.Common;
using IopFinder.Core.Filtering;

namespace IopFinder.Core.Tests.Search;

public class SearchQueryParserTests
{
    private static ParsedSearch Parse(params (string Key, string Value)[] pairs) =>
        new SearchQueryParser(TestCatalog.Taxonomy).Parse(pairs.Select(p => new KeyValuePair<string, string?>(p.Key, p.Value)));

    [Theory]
    [InlineData("max_hours", "abc", NoticeCode.NotANumber)]
    [InlineData("max_hours", "NaN", NoticeCode.NotANumber)]
    [InlineData("max_hours", "-3", NoticeCode.NotANumber)]
    [InlineData("radius", "0", NoticeCode.NotANumber)]
    [InlineData("radius", "1e309", NoticeCode.NotANumber)]
    [InlineData("size", "1000", NoticeCode.NotAWholeNumber)]
    [InlineData("size", "0", NoticeCode.NotAWholeNumber)]
    [InlineData("page", "0", NoticeCode.NotAWholeNumber)]
    [InlineData("page", "99999999999", NoticeCode.NotAWholeNumber)]
    [InlineData("sort", "random", NoticeCode.UnknownSort)]
    [InlineData("accepting", "maybe", NoticeCode.NotTrueOrFalse)]
    [InlineData("include_unknown", "sometimes", NoticeCode.NotTrueOrFalse)]
    public void Parse_MalformedValue_IsAnErrorAndLeavesTheDefault(string key, string value, NoticeCode code)
    {
        var parsed = Parse((key, value));
        Assert.Contains(parsed.Errors, e => e.Code == code && e.Parameter == key && e.Value == value);
        Assert.Equal(new SearchQuery().Size, parsed.Query.Size);
        Assert.Equal(1, parsed.Query.Page);
    }

    [Fact]
    public void Parse_EmptyValuesFromAFormAreIgnored()
    {
        var parsed = Parse(("q", ""), ("near", ""), ("max_hours", ""), ("radius", ""), ("sort", ""));
        Assert.Empty(parsed.Errors);
        Assert.Equal(SearchQuery.DefaultRadius, parsed.Query.Radius);
    }

    [Fact]
    public void Parse_RepeatedAndCommaSeparatedValues_AreUnitedWithoutDuplicates()
    {
        var parsed = Parse(("condition", "ptsd"), ("condition", "PTSD,anxiety"), ("time", "evening"), ("day", "sat,sun"));
        Assert.Equal(["ptsd", "anxiety"], parsed.Query.TermsOf("condition"));
        Assert.Equal(["evening"], parsed.Query.Times);
        Assert.Equal(["sat", "sun"], parsed.Query.Days);
    }

    [Fact]
    public void Parse_LongTextIsCutWithWarningAndControlCharactersDropped()
    {
        var parsed = Parse(("q", new string('a', 5000) + "\u0000\u0007"));
        Assert.Equal(SearchQueryParser.MaxTextLength, parsed.Query.Text.Length);
        Assert.Single(parsed.Warnings);
    }

    [Fact]
    public void Parse_HundredsOfUnknownValues_GiveBoundedWarnings()
    {
        var parsed = Parse(Enumerable.Range(0, 500).Select(i => ("condition", $"bogus{i}")).ToArray());
        Assert.True(parsed.Warnings.Count <= 20);
        Assert.Empty(parsed.Query.Terms);
    }
}
