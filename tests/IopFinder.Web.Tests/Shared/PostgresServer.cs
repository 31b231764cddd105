using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace IopFinder.Web.Tests.Shared;

/// <summary>
/// A throwaway PostgreSQL cluster for one test run (Debian's package: initdb and pg_ctl from the newest
/// /usr/lib/postgresql/*/bin), in a temporary folder, on a free loopback port, trusting 127.0.0.1 only. PostgreSQL
/// refuses to run as root, so when the tests do (here and in CI) the cluster runs as the <c>postgres</c> user.
/// Each test gets its own database; fault tests stop and start the server. A run that was killed leaves its
/// folder behind with the owner's process id in it: the next run stops that cluster and deletes it.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private const string FolderPrefix = "iopfinder-pg-";
    private const string OwnerFile = "owner.pid";
    private const string ServiceUser = "postgres";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), FolderPrefix + Guid.NewGuid().ToString("N"));
    private string _bin = "";
    private int _databases;

    public int Port { get; private set; }

    private string DataDir => Path.Combine(_folder, "data");

    private static bool AsRoot => Environment.UserName == "root";

    public async Task InitializeAsync()
    {
        _bin = BinFolder() ?? throw new InvalidOperationException(
            "PostgreSQL is not installed: no /usr/lib/postgresql/<version>/bin with initdb and pg_ctl. "
            + "Install Debian's package (apt-get install postgresql); .ci/run does so when it is missing.");
        RemoveAbandonedClusters(_bin);
        Port = LoopbackPort.Free();
        Directory.CreateDirectory(_folder);
        await File.WriteAllTextAsync(Path.Combine(_folder, OwnerFile), Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        if (AsRoot) await RunAsync("chown", [ServiceUser + ":", _folder]);
        await RunPostgresAsync("initdb", ["-D", DataDir, "-U", ServiceUser, "--auth=trust", "--encoding=UTF8", "--no-locale", "--no-sync"]);
        // Loopback TCP only, no socket file; durability is not what these tests are about.
        await File.AppendAllTextAsync(Path.Combine(DataDir, "postgresql.conf"),
            $"\nport = {Port}\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = ''\nfsync = off\nsynchronous_commit = off\nfull_page_writes = off\n");
        await File.WriteAllTextAsync(Path.Combine(DataDir, "pg_hba.conf"), "host all all 127.0.0.1/32 trust\n");
        await StartAsync();
    }

    /// <summary>A new empty database; returns its connection string as the site would be configured with it.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = $"test_{Interlocked.Increment(ref _databases)}";
        await using (var connection = new NpgsqlConnection(ConnectionString("postgres") + ";Pooling=false"))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }
        return ConnectionString(name);
    }

    public Task StartAsync() => RunPostgresAsync("pg_ctl", ["-D", DataDir, "-l", Path.Combine(_folder, "server.log"), "-w", "-t", "60", "start"]);

    /// <summary>Stops the server as an administrator would (fast: open connections are ended).</summary>
    public Task StopAsync() => RunPostgresAsync("pg_ctl", ["-D", DataDir, "-m", "fast", "-w", "-t", "60", "stop"]);

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (File.Exists(Path.Combine(DataDir, "postmaster.pid"))) await RunPostgresAsync("pg_ctl", ["-D", DataDir, "-m", "immediate", "-w", "stop"]);
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    private string ConnectionString(string database) => $"Host=127.0.0.1;Port={Port};Username={ServiceUser};Database={database}";

    /// <summary>The newest installed version's programs, or null.</summary>
    private static string? BinFolder()
    {
        const string root = "/usr/lib/postgresql";
        if (!Directory.Exists(root)) return null;
        return Directory.GetDirectories(root)
            .Select(d => (Dir: Path.Combine(d, "bin"), Version: decimal.TryParse(Path.GetFileName(d), CultureInfo.InvariantCulture, out var v) ? v : -1))
            .Where(c => File.Exists(Path.Combine(c.Dir, "initdb")) && File.Exists(Path.Combine(c.Dir, "pg_ctl")))
            .OrderByDescending(c => c.Version)
            .Select(c => c.Dir)
            .FirstOrDefault();
    }

    /// <summary>Clusters of earlier runs whose test process is gone (killed before it could clean up).</summary>
    private static void RemoveAbandonedClusters(string bin)
    {
        foreach (var folder in Directory.GetDirectories(Path.GetTempPath(), FolderPrefix + "*"))
        {
            var owner = Path.Combine(folder, OwnerFile);
            if (!File.Exists(owner) || !int.TryParse(File.ReadAllText(owner), out var pid) || Directory.Exists($"/proc/{pid}")) continue;
            var data = Path.Combine(folder, "data");
            if (File.Exists(Path.Combine(data, "postmaster.pid")))
            {
                try { RunPostgresAsync(bin, "pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]).GetAwaiter().GetResult(); }
                catch (InvalidOperationException) { } // Already gone (the machine restarted); the folder still goes.
            }
            Directory.Delete(folder, recursive: true);
        }
    }

    private Task RunPostgresAsync(string program, string[] arguments) => RunPostgresAsync(_bin, program, arguments);

    private static Task RunPostgresAsync(string bin, string program, string[] arguments) => AsRoot
        ? RunAsync("runuser", ["-u", ServiceUser, "--", Path.Combine(bin, program), .. arguments])
        : RunAsync(Path.Combine(bin, program), arguments);

    private static async Task RunAsync(string program, string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetTempPath() };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await error}{await output}");
    }
}

/// <summary>The test classes that share the run's one PostgreSQL cluster (each with databases of its own).</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "PostgreSQL";
}
