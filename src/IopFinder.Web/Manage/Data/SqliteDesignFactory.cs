using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace IopFinder.Web.Manage.Data;

/// <summary>
/// For <c>dotnet ef migrations add</c> only: each provider's context without starting the site.
/// Regenerate with <c>dotnet ef migrations add NAME --project src/IopFinder.Web --context SqliteStaffDb
/// --output-dir Manage/Data/Migrations/Sqlite</c> (and <c>PostgresStaffDb</c>, <c>Migrations/Postgres</c>).
/// </summary>
public sealed class SqliteDesignFactory : IDesignTimeDbContextFactory<SqliteStaffDb>
{
    public SqliteStaffDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteStaffDb>().UseSqlite("Data Source=design.db").Options);
}
