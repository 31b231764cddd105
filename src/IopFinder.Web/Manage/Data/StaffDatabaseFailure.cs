using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace IopFinder.Web.Manage.Data;

/// <summary>
/// Whether a failure means the staff database could not be reached (server down or restarting, refused or timed-out
/// connection, a database file that cannot be opened) rather than a fault in the request: the first is answered with
/// "try again shortly", the second is an error; and whether it was a full disk, which a page says as the listing editor does.
/// </summary>
public static class StaffDatabaseFailure
{
    // SQLITE_BUSY, SQLITE_IOERR, SQLITE_CANTOPEN: the file is locked, unreadable or cannot be opened.
    private static readonly int[] SqliteAway = [5, 10, 14];

    // SQLITE_FULL; PostgreSQL's disk_full.
    private const int SqliteFull = 13;
    private const string PostgresDiskFull = "53100";

    /// <summary>Whether the database (or the disk under it) refused a write for want of space: nothing was stored.</summary>
    public static bool IsDiskFull(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            if (e is SqliteException { SqliteErrorCode: SqliteFull } or PostgresException { SqlState: PostgresDiskFull }) return true;
        }
        return Core.Editing.DiskFull.Is(exception);
    }

    public static bool IsUnreachable(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            if (e is AggregateException aggregate && aggregate.InnerExceptions.Any(IsUnreachable)) return true;
            if (e switch
            {
                // Class 08 is connection exceptions; 57P01-57P03 are shutdown, crash and "cannot connect now"; 53300 too many connections.
                PostgresException server => server.SqlState.StartsWith("08", StringComparison.Ordinal)
                    || server.SqlState.StartsWith("57P", StringComparison.Ordinal) || server.SqlState == "53300",
                NpgsqlException => true,
                SqliteException sqlite => SqliteAway.Contains(sqlite.SqliteErrorCode),
                SocketException or TimeoutException => true,
                _ => false,
            }) return true;
        }
        return false;
    }
}
