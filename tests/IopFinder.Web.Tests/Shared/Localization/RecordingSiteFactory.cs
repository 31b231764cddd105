using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IopFinder.Web.Tests.Shared.Localization;

/// <summary>The example site with its localizers watched for names that have no resource.</summary>
public sealed class RecordingSiteFactory : SiteFactory
{
    public RecordingLocalizerFactory? Localizers { get; private set; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<IStringLocalizerFactory>(provider => Localizers ??= new RecordingLocalizerFactory(
            new ResourceManagerStringLocalizerFactory(provider.GetRequiredService<IOptions<LocalizationOptions>>(), provider.GetRequiredService<ILoggerFactory>()))));
    }
}
