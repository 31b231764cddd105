using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IopFinder.Web.Shared.Catalogs;

/// <summary>The content clone's remote (<c>Git:Remote</c>, <c>Git:PullSeconds</c>): saves pull and push, a background sync.</summary>
public static class ContentRemoteSetup
{
    public static IServiceCollection AddContentRemote(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ContentRemoteOptions>().Bind(configuration.GetSection(ContentRemoteOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        // The staff database's signal when it has one (PostgreSQL); a site alone has no one to tell.
        services.TryAddSingleton<IContentSignal, NoContentSignal>();
        services.AddSingleton<ContentSync>();
        services.AddHostedService<ContentPuller>();
        return services;
    }
}
