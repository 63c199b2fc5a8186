using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ChannelManagerDashboard.Data.Migrations.Sqlite;

/// <summary>P6: each connection's mapping with its undo history.</summary>
[DbContext(typeof(DashboardDbContext))]
[Migration("20261127090000_MappingEditor")]
public sealed class MappingEditor : Migration
{
    internal const string ReopenedNote =
        "[Dashboard] Reopened: P6 is now checked by the dashboard. Map every combination Mews pushes on the Mapping page to complete it.";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "MappingSets",
            columns: table => new
            {
                ConnectionId = table.Column<int>(type: "INTEGER", nullable: false),
                ProjectId = table.Column<int>(type: "INTEGER", nullable: false),
                StateJson = table.Column<string>(type: "TEXT", nullable: false),
                Version = table.Column<int>(type: "INTEGER", nullable: false),
                UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                UpdatedAt = table.Column<string>(type: "TEXT", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_MappingSets", x => x.ConnectionId);
                table.ForeignKey("FK_MappingSets_PropertyConnections_ConnectionId", x => x.ConnectionId, "PropertyConnections", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "MappingRevisions",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                ConnectionId = table.Column<int>(type: "INTEGER", nullable: false),
                Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                PreviousStateJson = table.Column<string>(type: "TEXT", nullable: false),
                ChangedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                ChangedAt = table.Column<string>(type: "TEXT", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_MappingRevisions", x => x.Id);
                table.ForeignKey("FK_MappingRevisions_MappingSets_ConnectionId", x => x.ConnectionId, "MappingSets", "ConnectionId", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex("IX_MappingSets_ProjectId", "MappingSets", "ProjectId");
        migrationBuilder.CreateIndex("IX_MappingRevisions_ConnectionId", "MappingRevisions", "ConnectionId");

        migrationBuilder.Sql(ReopenStepsSql.For(["P6"], ReopenedNote));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "MappingRevisions");
        migrationBuilder.DropTable(name: "MappingSets");
    }
}
