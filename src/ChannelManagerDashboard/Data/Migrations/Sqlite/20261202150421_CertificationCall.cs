using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ChannelManagerDashboard.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CertificationCall : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "CheckedAt",
                table: "TestRecords",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CheckedBy",
                table: "TestRecords",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "CallNotes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    TestId = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Minutes = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    Remarks = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CallNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CallNotes_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CallOutcomes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    Verdict = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    ResultsJson = table.Column<string>(type: "TEXT", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CallOutcomes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CallOutcomes_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CallSessions",
                columns: table => new
                {
                    ProjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    Attendees = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    AttendeesBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AttendeesAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    PlannedMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    Elapsed = table.Column<TimeSpan>(type: "TEXT", nullable: false),
                    RunningSince = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    CurrentTestId = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CallSessions", x => x.ProjectId);
                    table.ForeignKey(
                        name: "FK_CallSessions_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ChangeLog",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Change = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Answer = table.Column<int>(type: "INTEGER", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChangeLog", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChangeLog_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EndpointProbes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    Operation = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Answered = table.Column<bool>(type: "INTEGER", nullable: false),
                    Problem = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ProbedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ProbedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EndpointProbes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EndpointProbes_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "GoLivePlans",
                columns: table => new
                {
                    ProjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdateAvailabilityUrl = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    UpdatePricesUrl = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    UpdateRestrictionsUrl = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ConfirmBookingUrl = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ChangeNotificationUrl = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ProtectedClientToken = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ClientTokenHint = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PilotPropertyName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PilotStart = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PilotEnd = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GoLivePlans", x => x.ProjectId);
                    table.ForeignKey(
                        name: "FK_GoLivePlans_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CallNotes_ProjectId_TestId",
                table: "CallNotes",
                columns: new[] { "ProjectId", "TestId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CallOutcomes_ProjectId",
                table: "CallOutcomes",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_ChangeLog_ProjectId",
                table: "ChangeLog",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_EndpointProbes_ProjectId_Operation",
                table: "EndpointProbes",
                columns: new[] { "ProjectId", "Operation" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CallNotes");

            migrationBuilder.DropTable(
                name: "CallOutcomes");

            migrationBuilder.DropTable(
                name: "CallSessions");

            migrationBuilder.DropTable(
                name: "ChangeLog");

            migrationBuilder.DropTable(
                name: "EndpointProbes");

            migrationBuilder.DropTable(
                name: "GoLivePlans");

            migrationBuilder.DropColumn(
                name: "CheckedAt",
                table: "TestRecords");

            migrationBuilder.DropColumn(
                name: "CheckedBy",
                table: "TestRecords");
        }
    }
}
