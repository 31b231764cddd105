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
        Record(builder, made => Localizers = made);
    }

    /// <summary>Replaces the site's localizers with recording ones, handing the factory to <paramref name="made"/> when it is made.</summary>
    public static void Record(IWebHostBuilder builder, Action<RecordingLocalizerFactory> made) =>
        builder.ConfigureServices(services => services.AddSingleton<IStringLocalizerFactory>(provider =>
        {
            var factory = new RecordingLocalizerFactory(
                new ResourceManagerStringLocalizerFactory(provider.GetRequiredService<IOptions<LocalizationOptions>>(), provider.GetRequiredService<ILoggerFactory>()));
            made(factory);
            return factory;
        }));
}
