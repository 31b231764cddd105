using IopFinder.Web.Cli;

namespace IopFinder.Web.Tests;

public sealed class CommandLineTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "iopfinder-cli-" + Guid.NewGuid().ToString("N"));

    public CommandLineTests()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "programs"));
        File.Copy(Path.Combine(SiteFactory.RepoRoot, "content", "taxonomy.yml"), Path.Combine(_dir, "taxonomy.yml"));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Code, string Out, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CommandLine.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Validate_ExampleCatalog_ExitsZero()
    {
        var (code, output, error) = Run("validate", Path.Combine(SiteFactory.RepoRoot, "tests", "fixtures", "example-catalog"));
        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.Contains("44 listings", output);
    }

    [Fact]
    public void Validate_BundledNationalCatalog_ExitsZero()
    {
        var (code, output, error) = Run("validate", Path.Combine(SiteFactory.RepoRoot, "content"));
        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.Contains("5736 listings", output);
    }

    [Fact]
    public void Validate_BrokenListing_PrintsPathLineMessageAndExitsOne()
    {
        File.WriteAllText(Path.Combine(_dir, "programs", "bad.md"), "---\nname: Bad\nlevels_of_care: [iop]\nconditions: [anxeity]\nformats: [virtual]\nvirtual_states: [MA]\n---\n");
        var (code, _, error) = Run("validate", _dir);
        Assert.Equal(1, code);
        Assert.Equal($"{_dir}/programs/bad.md:4: unknown conditions term 'anxeity' (did you mean 'anxiety'?)", error.Trim());
    }

    [Fact]
    public void Validate_MissingFolder_ExitsOneWithMessage()
    {
        var (code, _, error) = Run("validate", Path.Combine(_dir, "missing"));
        Assert.Equal(1, code);
        Assert.Contains("content folder not found", error);
    }

    [Fact]
    public void Serve_WithBrokenTaxonomy_ExitsOneWithMessageNotStackTrace()
    {
        File.WriteAllText(Path.Combine(_dir, "taxonomy.yml"), "conditions: [\n");
        var (code, _, error) = Run("--content", _dir, "--urls", "http://127.0.0.1:0");
        Assert.Equal(1, code);
        Assert.StartsWith("IopFinder cannot start: the catalog cannot be loaded.", error);
        Assert.Contains("taxonomy.yml:", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public void UnknownCommand_ExitsTwoWithUsage()
    {
        var (code, _, error) = Run("frobnicate");
        Assert.Equal(2, code);
        Assert.Contains("Usage:", error);
    }

    [Theory]
    [InlineData(new[] { "--content", "demo" }, "--Catalog:ContentPath=demo")]
    [InlineData(new[] { "--content=demo" }, "--Catalog:ContentPath=demo")]
    public void ServeArguments_MapContentToConfiguration(string[] args, string expected) =>
        Assert.Equal(expected, CommandLine.ServeArguments(args)[0]);
}
