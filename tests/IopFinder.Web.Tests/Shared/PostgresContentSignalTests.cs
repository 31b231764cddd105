using System.Threading.Channels;
using IopFinder.Web.Shared.Catalogs;
using IopFinder.Web.Tests.Manage;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace IopFinder.Web.Tests.Shared;

/// <summary>The content signal between two replicas sharing a PostgreSQL database: LISTEN/NOTIFY, surviving a restart of PostgreSQL.</summary>
[Collection(PostgresCollection.Name)]
public class PostgresContentSignalTests(PostgresServer postgres)
{
    [Fact]
    public async Task Signal_PublishedOnOneReplica_ReachesTheOther_AlsoAfterPostgresRestarts()
    {
        var database = await postgres.CreateDatabaseAsync();
        await using var a = new PortalSite(database);
        await using var b = new PortalSite(database);
        var received = Channel.CreateUnbounded<string>();
        b.Services.GetRequiredService<IContentSignal>().Received += commit => received.Writer.TryWrite(commit);
        var publisher = a.Services.GetRequiredService<IContentSignal>();

        await ListeningAsync(database, replicas: 2);
        await publisher.PublishAsync("4f2a9c1", CancellationToken.None);
        Assert.Equal("4f2a9c1", await NextAsync(received));

        await postgres.StopAsync();
        await publisher.PublishAsync("lost-while-down", CancellationToken.None);
        await postgres.StartAsync();
        await ListeningAsync(database, replicas: 2);
        await publisher.PublishAsync("8d0e3b7", CancellationToken.None);
        Assert.Equal("8d0e3b7", await NextAsync(received));
    }

    /// <summary>Waits until that many replicas have a connection LISTENing (they connect in the background, after a restart too).</summary>
    private static async Task ListeningAsync(string database, int replicas)
    {
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await using var connection = new NpgsqlConnection(database + ";Pooling=false");
        await connection.OpenAsync(guard.Token);
        await using var count = new NpgsqlCommand("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND query = @listen", connection);
        count.Parameters.AddWithValue("listen", $"LISTEN {PostgresContentSignal.Channel}");
        while ((long)(await count.ExecuteScalarAsync(guard.Token))! < replicas) await Task.Delay(100, guard.Token);
    }

    /// <summary>The next signal received; a hang guard, not a timing assertion.</summary>
    private static async Task<string> NextAsync(Channel<string> received)
    {
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        return await received.Reader.ReadAsync(guard.Token);
    }
}
