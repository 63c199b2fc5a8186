using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ChannelManagerDashboard.Data.Migrations.Sqlite;

/// <summary>Play Mews: every harness run with its evidence.</summary>
[DbContext(typeof(DashboardDbContext))]
[Migration("20261128090000_PlayMews")]
public sealed class PlayMews : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "HarnessRuns",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                ProjectId = table.Column<int>(type: "INTEGER", nullable: false),
                ConnectionId = table.Column<int>(type: "INTEGER", nullable: true),
                TestId = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                StartedAt = table.Column<string>(type: "TEXT", nullable: false),
                Passed = table.Column<bool>(type: "INTEGER", nullable: false),
                Blocked = table.Column<bool>(type: "INTEGER", nullable: false),
                Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                LatencyMs = table.Column<long>(type: "INTEGER", nullable: false),
                RequestBytes = table.Column<long>(type: "INTEGER", nullable: false),
                RunBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                ResultGzip = table.Column<byte[]>(type: "BLOB", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_HarnessRuns", x => x.Id);
                table.ForeignKey("FK_HarnessRuns_Projects_ProjectId", x => x.ProjectId, "Projects", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_HarnessRuns_ProjectId_TestId", "HarnessRuns", ["ProjectId", "TestId"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "HarnessRuns");
}
