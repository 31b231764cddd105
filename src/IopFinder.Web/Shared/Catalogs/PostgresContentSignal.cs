using Npgsql;

namespace IopFinder.Web.Shared.Catalogs;

/// <summary>
/// The signal between replicas that share a PostgreSQL database: NOTIFY on <see cref="Channel"/> to publish,
/// and one connection per replica that LISTENs. When that connection drops (PostgreSQL restarted, the network
/// failed) it reconnects with a growing pause; signals sent meanwhile are lost and the periodic pull covers them.
/// </summary>
public sealed class PostgresContentSignal : BackgroundService, IContentSignal
{
    public const string Channel = "iopfinder_content";

    private static readonly TimeSpan FirstPause = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan LongestPause = TimeSpan.FromSeconds(10);

    private readonly NpgsqlDataSource _publish;
    private readonly NpgsqlDataSource _listen;
    private readonly ILogger<PostgresContentSignal> _logger;

    public PostgresContentSignal(string connectionString, ILogger<PostgresContentSignal> logger)
    {
        _logger = logger;
        _publish = NpgsqlDataSource.Create(connectionString);
        // Its own unpooled connection, with keepalives so a silently dead network is noticed while waiting.
        _listen = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, KeepAlive = 30 });
    }

    public event Action<string>? Received;

    public async Task PublishAsync(string commit, CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= 2; attempt++)
        {
            try
            {
                await using var notify = _publish.CreateCommand("SELECT pg_notify(@channel, @commit)");
                notify.Parameters.AddWithValue("channel", Channel);
                notify.Parameters.AddWithValue("commit", commit);
                await notify.ExecuteNonQueryAsync(cancellationToken);
                return;
            }
            catch (Exception e) when (e is NpgsqlException or IOException or TimeoutException)
            {
                // The pool may hold connections a restarted server has closed: drop them and try once more.
                _publish.Clear();
                if (attempt == 2) _logger.LogWarning("Could not signal commit {Commit} to the other replicas ({Message}); they get it at their next pull", commit, e.Message);
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var pause = FirstPause;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await _listen.OpenConnectionAsync(stoppingToken);
                connection.Notification += (_, e) => Raise(e.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection)) await listen.ExecuteNonQueryAsync(stoppingToken);
                _logger.LogInformation("Listening for content signals on {Channel}", Channel);
                pause = FirstPause;
                while (true) await connection.WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                _logger.LogWarning("Content signals: no connection to PostgreSQL ({Message}); trying again in {Pause}", e.Message, pause);
                try { await Task.Delay(pause, stoppingToken); }
                catch (OperationCanceledException) { return; }
                pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, LongestPause.Ticks));
            }
        }
    }

    private void Raise(string commit)
    {
        try { Received?.Invoke(commit); }
        catch (Exception e) { _logger.LogError(e, "A content signal handler failed for commit {Commit}", commit); }
    }

    public override void Dispose()
    {
        base.Dispose();
        _publish.Dispose();
        _listen.Dispose();
    }
}
