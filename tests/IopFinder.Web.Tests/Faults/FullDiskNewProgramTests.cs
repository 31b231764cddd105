using System.Diagnostics;
using System.Net;
using IopFinder.Web.Manage.Data;
using IopFinder.Web.Tests.Manage;
using IopFinder.Web.Tests.Manage.Editing;
using IopFinder.Web.Tests.Shared;
using IopFinder.Web.Tests.Shared.Localization;
using Npgsql;

namespace IopFinder.Web.Tests.Faults;

/// <summary>
/// A new program whose queue entry finds the staff database's disk full: the listing editor's words, the form kept, nothing
/// queued. The review queue's table lives on a small disk (a PostgreSQL tablespace there), so everything else still works.
/// </summary>
[Collection(PostgresCollection.Name)]
public class FullDiskNewProgramTests(PostgresServer postgres)
{
    private static void Lighthouse(List<KeyValuePair<string, string>> f)
    {
        EditorClient.Set(f, "name", "Lighthouse Teen IOP");
        f.Add(new("levels_of_care", "iop"));
        f.Add(new("conditions", "depression"));
        f.Add(new("formats", "virtual"));
        f.Add(new("virtual_states", "MA"));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    public async Task NewProgram_WhenTheDatabaseDiskIsFull_SaysTheDiskIsFull_QueuesNothing_AndGoesThroughOnceThereIsSpace(string language)
    {
        using var disk = new SmallDisk();
        var connection = await postgres.CreateDatabaseAsync();
        await using var site = new EditorSite(staffConnection: connection);
        var client = await site.StaffClientAsync();
        var tablespace = "small_" + Guid.NewGuid().ToString("N");
        var folder = Path.Combine(disk.Path, "pg");
        Directory.CreateDirectory(folder);
        // PostgreSQL runs as its own user when the tests run as root, and only uses a folder it owns.
        if (Environment.UserName == "root") Process.Start("chown", ["postgres:", folder])!.WaitForExit();
        await SqlAsync(connection, $"CREATE TABLESPACE {tablespace} LOCATION '{folder}'");
        await SqlAsync(connection, $"ALTER TABLE \"ReviewItems\" SET TABLESPACE {tablespace}");
        var url = $"/manage/new?lang={language}";
        disk.Fill();

        var response = await client.SubmitAsync(url, Lighthouse);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var page = await PortalClient.Html(response);
        Assert.Equal(ResourceFile.Read(language == "en" ? "" : language)["Manage.DiskFull"], page.QuerySelector("#save-failed")!.TextContent);
        // What was typed stays in the form, to send again.
        Assert.Equal("Lighthouse Teen IOP", page.QuerySelector("input[name=name]")!.GetAttribute("value"));
        Assert.Equal(0, site.Read(db => db.ReviewItems.Count(i => i.Kind == ReviewKind.NewProgram)));
        disk.Free();
        var again = await client.SubmitAsync(url, Lighthouse);
        Assert.NotNull((await PortalClient.Html(again)).QuerySelector("#sent-for-review"));
        Assert.Equal(1, site.Read(db => db.ReviewItems.Count(i => i.Kind == ReviewKind.NewProgram)));
        // The small disk goes at the end: the table first moves back.
        await SqlAsync(connection, "ALTER TABLE \"ReviewItems\" SET TABLESPACE pg_default");
        await SqlAsync(connection, $"DROP TABLESPACE {tablespace}");
    }

    private static async Task SqlAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString + ";Pooling=false");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
