using Microsoft.EntityFrameworkCore;

namespace IopFinder.Web.Manage.Data;

/// <summary>The staff database on PostgreSQL, shared by several replicas; its migrations are under Migrations/Postgres.</summary>
public sealed class PostgresStaffDb(DbContextOptions<PostgresStaffDb> options) : StaffDb(options);
