using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IopFinder.Web.Manage.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ConfirmationReminders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RemindersSent",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ListingId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    Stage = table.Column<int>(type: "INTEGER", nullable: false),
                    ConfirmedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SentAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RemindersSent", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RemindersSent_ListingId_Stage_ConfirmedOn_Email",
                table: "RemindersSent",
                columns: new[] { "ListingId", "Stage", "ConfirmedOn", "Email" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RemindersSent");
        }
    }
}
