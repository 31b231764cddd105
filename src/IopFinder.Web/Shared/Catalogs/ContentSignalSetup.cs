namespace IopFinder.Web.Shared.Catalogs;

/// <summary>Registers the <see cref="IContentSignal"/> that fits the staff database the replicas share.</summary>
public static class ContentSignalSetup
{
    /// <param name="postgresConnection">The shared PostgreSQL database, or null when the site is alone (SQLite).</param>
    public static IServiceCollection AddContentSignal(this IServiceCollection services, string? postgresConnection)
    {
        if (postgresConnection is null)
        {
            services.AddSingleton<IContentSignal, NoContentSignal>();
            return services;
        }
        services.AddSingleton(sp => new PostgresContentSignal(postgresConnection, sp.GetRequiredService<ILogger<PostgresContentSignal>>()));
        services.AddSingleton<IContentSignal>(sp => sp.GetRequiredService<PostgresContentSignal>());
        services.AddHostedService(sp => sp.GetRequiredService<PostgresContentSignal>());
        return services;
    }
}
