using IopFinder.Web.Tests.Manage;
using Microsoft.AspNetCore.Builder;

namespace IopFinder.Browser.Tests.Manage;

/// <summary>
/// The site on a copy of the example catalog (the portal writes listing files) with its mail going to a real
/// SMTP server in the test; both, and the copy, go away with it.
/// </summary>
public sealed class PortalSite : IAsyncDisposable
{
    private readonly string _content;
    private readonly WebApplication _app;

    private PortalSite(string content, WebApplication app, string baseUrl, SmtpCapture mail)
    {
        _content = content;
        _app = app;
        BaseUrl = baseUrl;
        Mail = mail;
    }

    public string BaseUrl { get; }

    public SmtpCapture Mail { get; }

    /// <summary>Services of the running site (its clock, for the date a confirmation carries).</summary>
    public IServiceProvider Services => _app.Services;

    public static async Task<PortalSite> StartAsync(params string[] settings)
    {
        var content = Path.Combine(Path.GetTempPath(), "iopfinder-portal-" + Guid.NewGuid().ToString("N"));
        var examples = IopFinder.Core.Tests.Support.Repo.Examples;
        foreach (var file in Directory.GetFiles(examples, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(content, Path.GetRelativePath(examples, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        var mail = new SmtpCapture();
        var (app, baseUrl) = await BrowserFixture.StartSite(content,
            ["--Mail:Host=127.0.0.1", $"--Mail:Port={mail.Port}", "--Catalog:ReloadDebounceMilliseconds=100", .. settings]);
        return new PortalSite(content, app, baseUrl, mail);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        await Mail.DisposeAsync();
        Directory.Delete(_content, recursive: true);
    }
}
