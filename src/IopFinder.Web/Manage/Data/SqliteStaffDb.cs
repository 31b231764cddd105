using Microsoft.EntityFrameworkCore;

namespace IopFinder.Web.Manage.Data;

/// <summary>The staff database in an SQLite file (the default: no set-up); its migrations are under Migrations/Sqlite.</summary>
public sealed class SqliteStaffDb(DbContextOptions<SqliteStaffDb> options) : StaffDb(options);
