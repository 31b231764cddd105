using System.ComponentModel.DataAnnotations;
using IopFinder.Web.Cli;
using IopFinder.Web.Shared.Links;

namespace IopFinder.Web.Tests.Shared;

/// <summary>The public address is checked when the site starts, so a bad one never reaches a page.</summary>
public class SiteOptionsTests
{
    [Theory]
    [InlineData("")]
    [InlineData("https://iop.example.org")]
    [InlineData("https://iop.example.org/")]
    [InlineData("http://localhost:5080")]
    public void PublicUrl_EmptyOrAnOrigin_IsAccepted(string url) => Assert.Empty(Problems(url));

    [Theory]
    [InlineData("iop.example.org")]
    [InlineData("/relative")]
    [InlineData("javascript:alert(1)")]
    [InlineData("ftp://iop.example.org")]
    [InlineData("https://iop.example.org/iop")]
    [InlineData("https://iop.example.org/?a=b")]
    [InlineData("https://iop.example.org/#top")]
    [InlineData("https://user:secret@iop.example.org")]
    public void PublicUrl_NotAnHttpOrigin_IsRefused(string url) =>
        Assert.Contains("Site:PublicUrl", Assert.Single(Problems(url)).ErrorMessage);

    [Fact]
    public void SiteWithABadPublicUrl_DoesNotStart_AndSaysWhyInOneMessage()
    {
        var error = new StringWriter();
        var content = Path.Combine(SiteFactory.RepoRoot, "tests", "fixtures", "example-catalog");
        var code = CommandLine.Run(["--content", content, "--urls", "http://127.0.0.1:0", "--Site:PublicUrl=https://iop.example.org/path?x=<script>"], TextWriter.Null, error);
        Assert.Equal(1, code);
        Assert.StartsWith("IopFinder cannot start: the configuration is not valid.", error.ToString());
        Assert.Contains("Site:PublicUrl must be an absolute http or https address", error.ToString());
        Assert.DoesNotContain("   at ", error.ToString());
    }

    private static List<ValidationResult> Problems(string url)
    {
        var options = new SiteOptions { PublicUrl = url };
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results;
    }
}
