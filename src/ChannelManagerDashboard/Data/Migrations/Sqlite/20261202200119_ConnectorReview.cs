using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ChannelManagerDashboard.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ConnectorReview : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Kind",
                table: "Projects",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "ConnectorJourneys",
                columns: table => new
                {
                    ProjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    Registered = table.Column<bool>(type: "INTEGER", nullable: false),
                    UseCases = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Operations = table.Column<string>(type: "TEXT", maxLength: 200000, nullable: false),
                    ExpectedLoad = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    FormSentOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    TokenReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    MewsAddress = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    PublicIntegration = table.Column<bool>(type: "INTEGER", nullable: false),
                    PilotStart = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PilotEnd = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ProductionOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConnectorJourneys", x => x.ProjectId);
                    table.ForeignKey(
                        name: "FK_ConnectorJourneys_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ConnectorRuns",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Calls = table.Column<int>(type: "INTEGER", nullable: false),
                    BadLines = table.Column<int>(type: "INTEGER", nullable: false),
                    FirstBadLines = table.Column<string>(type: "TEXT", nullable: false),
                    FirstCallUtc = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    LastCallUtc = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    Complete = table.Column<bool>(type: "INTEGER", nullable: false),
                    RecordingKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConnectorRuns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConnectorRuns_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ConnectorCalls",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RunId = table.Column<int>(type: "INTEGER", nullable: false),
                    Index = table.Column<int>(type: "INTEGER", nullable: false),
                    TimeUtc = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Method = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Path = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    DurationMs = table.Column<double>(type: "REAL", nullable: false),
                    RequestBody = table.Column<string>(type: "TEXT", nullable: false),
                    AccessTokenHash = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    RequestId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RetryAfterSeconds = table.Column<int>(type: "INTEGER", nullable: true),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RequestBytes = table.Column<long>(type: "INTEGER", nullable: true),
                    ResponseBytes = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConnectorCalls", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConnectorCalls_ConnectorRuns_RunId",
                        column: x => x.RunId,
                        principalTable: "ConnectorRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ConnectorCalls_RunId_Index",
                table: "ConnectorCalls",
                columns: new[] { "RunId", "Index" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ConnectorRuns_ProjectId",
                table: "ConnectorRuns",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_ConnectorRuns_RecordingKey",
                table: "ConnectorRuns",
                column: "RecordingKey",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ConnectorCalls");

            migrationBuilder.DropTable(
                name: "ConnectorJourneys");

            migrationBuilder.DropTable(
                name: "ConnectorRuns");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "Projects");
        }
    }
}
