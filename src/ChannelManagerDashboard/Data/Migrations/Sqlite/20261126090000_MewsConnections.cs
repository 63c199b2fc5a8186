using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ChannelManagerDashboard.Data.Migrations.Sqlite;

/// <summary>P4 and P5: client tokens per environment, the chosen property connections, and configuration snapshots.</summary>
[DbContext(typeof(DashboardDbContext))]
[Migration("20261126090000_MewsConnections")]
public sealed class MewsConnections : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "ClientCredentials",
            columns: table => new
            {
                ProjectId = table.Column<int>(type: "INTEGER", nullable: false),
                Environment = table.Column<int>(type: "INTEGER", nullable: false),
                ProtectedClientToken = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                ClientTokenHint = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                EmployeeEmail = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                UpdatedAt = table.Column<string>(type: "TEXT", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ClientCredentials", x => new { x.ProjectId, x.Environment });
                table.ForeignKey("FK_ClientCredentials_Projects_ProjectId", x => x.ProjectId, "Projects", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "PropertyConnections",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                ProjectId = table.Column<int>(type: "INTEGER", nullable: false),
                Environment = table.Column<int>(type: "INTEGER", nullable: false),
                PropertyId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                PropertyName = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                ConnectionName = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                ProtectedToken = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                TokenHint = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                TokenFingerprint = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                ChosenBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                ChosenAt = table.Column<string>(type: "TEXT", nullable: false),
                RemovedAt = table.Column<string>(type: "TEXT", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PropertyConnections", x => x.Id);
                table.ForeignKey("FK_PropertyConnections_Projects_ProjectId", x => x.ProjectId, "Projects", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "ConfigurationSnapshots",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                ProjectId = table.Column<int>(type: "INTEGER", nullable: false),
                ConnectionId = table.Column<int>(type: "INTEGER", nullable: false),
                FetchedAt = table.Column<string>(type: "TEXT", nullable: false),
                FetchedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                PropertyName = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                SpaceTypeCount = table.Column<int>(type: "INTEGER", nullable: false),
                RatePlanCount = table.Column<int>(type: "INTEGER", nullable: false),
                MappingCount = table.Column<int>(type: "INTEGER", nullable: false),
                ConfigurationJson = table.Column<string>(type: "TEXT", nullable: false),
                ChannelsJson = table.Column<string>(type: "TEXT", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ConfigurationSnapshots", x => x.Id);
                table.ForeignKey("FK_ConfigurationSnapshots_PropertyConnections_ConnectionId", x => x.ConnectionId, "PropertyConnections", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex("IX_PropertyConnections_ProjectId_Environment_TokenFingerprint", "PropertyConnections",
            ["ProjectId", "Environment", "TokenFingerprint"], unique: true);
        migrationBuilder.CreateIndex("IX_ConfigurationSnapshots_ConnectionId", "ConfigurationSnapshots", "ConnectionId");
        migrationBuilder.CreateIndex("IX_ConfigurationSnapshots_ProjectId", "ConfigurationSnapshots", "ProjectId");

        migrationBuilder.Sql(ReopenStepsSql.For(["P4", "P5"], ReopenedNote));
    }

    internal const string ReopenedNote =
        "[Dashboard] Reopened: this step is now checked by the dashboard. Run Get properties (P4) and Get configuration (P5) here to complete it.";

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "ConfigurationSnapshots");
        migrationBuilder.DropTable(name: "PropertyConnections");
        migrationBuilder.DropTable(name: "ClientCredentials");
    }
}
