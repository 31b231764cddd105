using IopFinder.Web.Manage.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace IopFinder.Web.Tests.Manage;

/// <summary>Without an SMTP host, messages land as .eml files where the log says; bad settings stop the start; the database follows its connection string.</summary>
public class MailSetupTests
{
    [Fact]
    public async Task WithoutSmtpHost_TheSignInMessageIsAnEmlFileInThePickupFolder_AndTheLogSaysWhere()
    {
        await using var site = new PickupSite();
        var client = new PortalClient(site.CreateClient(), new SmtpCapture());

        await client.PostAsync("/manage/sign-in", "/manage/sign-in", ("email", "newcomer@clinic.example"));

        var folder = Path.Combine(site.StaffDataPath, "mail");
        var file = Assert.Single(Directory.GetFiles(folder, "*.eml"));
        var message = SignInMail.From(await MimeMessage.LoadAsync(file));
        Assert.Equal("newcomer@clinic.example", message.Message.To.Mailboxes.Single().Address);
        Assert.Matches("^[0-9]{6}$", message.Code);
        Assert.Contains(site.Logged, line => line.Contains(folder, StringComparison.Ordinal) && line.Contains(".eml", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WhenTheSmtpServerIsDown_SignInSaysTryAgainWithoutAnError()
    {
        await using var site = new PortalSite();
        var client = site.NewClient();
        await client.Http.GetAsync("/manage/sign-in");
        await site.Mail.DisposeAsync();

        var response = await client.PostAsync("/manage/sign-in", "/manage/sign-in", ("email", "staff@clinic.example"));

        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("could not send", (await PortalClient.Html(response)).QuerySelector("#sign-in-problem")!.TextContent);
    }

    [Theory]
    [InlineData("--Mail:From=Not an address", "Mail:From")]
    [InlineData("--Staff:Maintainers:0=nobody", "Staff:Maintainers")]
    public async Task SettingsThatAreNotAddresses_StopTheSiteAtStart(string setting, string named)
    {
        var data = Path.Combine(Path.GetTempPath(), "iopfinder-staff-" + Guid.NewGuid().ToString("N"));
        await using var app = SiteHost.Build(["--urls", "http://127.0.0.1:0", $"--Catalog:ContentPath={Path.Combine(SiteFactory.RepoRoot, "tests", "fixtures", "example-catalog")}",
            $"--ConnectionStrings:Staff=Data Source={Path.Combine(data, "staff.db")}", $"--Mail:PickupFolder={Path.Combine(data, "mail")}", setting]);

        var error = await Assert.ThrowsAnyAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains(named, error.Message);
    }

    [Theory]
    [InlineData("Host=db.internal;Database=iopfinder;Username=iop", true)]
    [InlineData("postgres://iop@db.internal/iopfinder", true)]
    [InlineData("Data Source=App_Data/staff.db", false)]
    [InlineData("Data Source=/var/lib/iopfinder/Host=x.db", false)]
    public void ConnectionString_NamingAPostgreSqlServer_ChoosesPostgreSql(string connectionString, bool postgres)
    {
        Assert.Equal(postgres, StaffDatabase.IsPostgres(connectionString));
    }

    /// <summary>The site with no SMTP host, keeping what it logs.</summary>
    private sealed class PickupSite(string? from = null) : SiteFactory
    {
        private readonly ListLogger _log = new();

        public IReadOnlyList<string> Logged => _log.Lines;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            if (from is not null) builder.UseSetting("Mail:From", from);
            builder.ConfigureLogging(logging => logging.AddProvider(_log));
        }
    }

    private sealed class ListLogger : ILoggerProvider, ILogger
    {
        private readonly List<string> _lines = [];

        public IReadOnlyList<string> Lines { get { lock (_lines) return [.. _lines]; } }

        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (_lines) _lines.Add(formatter(state, exception));
        }

        public void Dispose() { }
    }
}
