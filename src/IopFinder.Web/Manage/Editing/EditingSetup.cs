using IopFinder.Core.Editing;
using Microsoft.Extensions.Options;

namespace IopFinder.Web.Manage.Editing;

/// <summary>The editor's save pipeline: limits (<c>Editing:Limits</c>), git (<c>Editing:Git</c>) and the per-request service.</summary>
public static class EditingSetup
{
    public const string LimitsSection = "Editing:Limits";
    public const string GitSection = "Editing:Git";

    public static IServiceCollection AddListingEditing(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EditLimits>().Bind(configuration.GetSection(LimitsSection))
            .Validate(l => l.MaxTracks > 0 && l.MaxLocations > 0 && l.MaxBodyChars > 0 && l.MaxValueChars > 0, "Editing:Limits must be positive.")
            .ValidateOnStart();
        services.AddOptions<GitOptions>().Bind(configuration.GetSection(GitSection));
        services.AddSingleton(s => new GitCommitter(s.GetRequiredService<IOptions<GitOptions>>().Value, s.GetRequiredService<TimeProvider>()));
        services.AddScoped<ListingEditService>();
        services.AddScoped<ListingSubmissions>();
        services.AddScoped<LookalikeFinder>();
        return services;
    }
}
