using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace IopFinder.Web.Manage.Data;

/// <summary>For <c>dotnet ef migrations add</c> only (see <see cref="SqliteDesignFactory"/>); no server is contacted.</summary>
public sealed class PostgresDesignFactory : IDesignTimeDbContextFactory<PostgresStaffDb>
{
    public PostgresStaffDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresStaffDb>().UseNpgsql("Host=localhost;Database=iopfinder").Options);
}
