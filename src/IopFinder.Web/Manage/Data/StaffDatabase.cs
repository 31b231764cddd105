using IopFinder.Web.Shared.Catalogs;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace IopFinder.Web.Manage.Data;

/// <summary>
/// Chooses the database from <c>ConnectionStrings:Staff</c>: PostgreSQL when the string names a host
/// (<c>Host=…</c>) or is a <c>postgres://</c> URL, otherwise an SQLite file, by default
/// <c>App_Data/staff.db</c> under the content root, its folder made at start and the file on first use.
/// </summary>
public static class StaffDatabase
{
    public const string ConnectionName = "Staff";

    public static readonly string DefaultFile = Path.Combine("App_Data", "staff.db");

    public static bool IsPostgres(string connectionString) =>
        connectionString.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
        || connectionString.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        || connectionString.Split(';').Any(part => part.Trim().StartsWith("Host=", StringComparison.OrdinalIgnoreCase));

    public static IServiceCollection AddStaffDatabase(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        // Every query at Information is noise (and names tables of people's sign-ins); problems still show.
        services.AddLogging(logging => logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning));
        var configured = configuration.GetConnectionString(ConnectionName);
        // Migrated on first use, never at start (StaffDatabaseGate).
        services.AddSingleton<StaffDatabaseGate>();
        services.AddSingleton<SharedKeyRing>();
        if (configured is { Length: > 0 } && IsPostgres(configured))
        {
            // Retried: after PostgreSQL restarts, the pool's old connections fail once each; a short retry opens new ones
            // instead of failing those requests. Short, so that while it is down the portal says so quickly.
            services.AddDbContext<StaffDb, PostgresStaffDb>(options => options.UseNpgsql(configured,
                npgsql => npgsql.EnableRetryOnFailure(maxRetryCount: 2, maxRetryDelay: TimeSpan.FromSeconds(1), errorCodesToAdd: null)));
            services.AddContentSignal(configured);
            return services;
        }
        var sqlite = SqliteFile(configured ?? $"Data Source={DefaultFile}", environment.ContentRootPath);
        services.AddDbContext<StaffDb, SqliteStaffDb>(options => options.UseSqlite(sqlite));
        services.AddContentSignal(postgresConnection: null);
        return services;
    }

    /// <summary>The SQLite connection string with its file made absolute (from the content root) and its folder created.</summary>
    private static string SqliteFile(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource is { Length: > 0 } source && source != ":memory:" && !source.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            builder.DataSource = Path.GetFullPath(source, contentRoot);
            Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        }
        return builder.ToString();
    }
}
