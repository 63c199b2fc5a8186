using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ChannelManagerDashboard.Data.Migrations.Sqlite;

/// <summary>Written by hand, at a time the EF design-time package could not be restored; migrations after PlayMews are generated.
/// <c>MigrationsMatchModelTests</c> proves the schema equals what the model would create.</summary>
[DbContext(typeof(DashboardDbContext))]
[Migration("20261125180000_InitialCreate")]
public sealed class InitialCreate : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Projects",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                PartnerId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                PilotPropertyName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                Environment = table.Column<int>(type: "INTEGER", nullable: false),
                EndpointBaseUrl = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                ContactPerson = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                CreatedAt = table.Column<string>(type: "TEXT", nullable: false),
                UpdatedAt = table.Column<string>(type: "TEXT", nullable: false),
                ArchivedAt = table.Column<string>(type: "TEXT", nullable: true),
                TechnicalDetails = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                UpdateAvailabilityUrl = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                UpdatePricesUrl = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                UpdateRestrictionsUrl = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                ConfirmBookingUrl = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                ChangeNotificationUrl = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                CertificationCallAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                CertificationCallTimeZone = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Projects", x => x.Id));

        migrationBuilder.CreateTable(
            name: "CertificationFiles",
            columns: table => new
            {
                ProjectId = table.Column<int>(type: "INTEGER", nullable: false),
                FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                ContentType = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                Size = table.Column<long>(type: "INTEGER", nullable: false),
                Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                UploadedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                UploadedAt = table.Column<string>(type: "TEXT", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CertificationFiles", x => x.ProjectId);
                table.ForeignKey("FK_CertificationFiles_Projects_ProjectId", x => x.ProjectId, "Projects", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "StepProgress",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                ProjectId = table.Column<int>(type: "INTEGER", nullable: false),
                StepCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                Status = table.Column<int>(type: "INTEGER", nullable: false),
                Notes = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                UpdatedAt = table.Column<string>(type: "TEXT", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_StepProgress", x => x.Id);
                table.ForeignKey("FK_StepProgress_Projects_ProjectId", x => x.ProjectId, "Projects", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "TestRecords",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                ProjectId = table.Column<int>(type: "INTEGER", nullable: false),
                TestId = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                Status = table.Column<int>(type: "INTEGER", nullable: false),
                Notes = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                UpdatedAt = table.Column<string>(type: "TEXT", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_TestRecords", x => x.Id);
                table.ForeignKey("FK_TestRecords_Projects_ProjectId", x => x.ProjectId, "Projects", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex("IX_StepProgress_ProjectId_StepCode", "StepProgress", ["ProjectId", "StepCode"], unique: true);
        migrationBuilder.CreateIndex("IX_TestRecords_ProjectId_TestId", "TestRecords", ["ProjectId", "TestId"], unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "CertificationFiles");
        migrationBuilder.DropTable(name: "StepProgress");
        migrationBuilder.DropTable(name: "TestRecords");
        migrationBuilder.DropTable(name: "Projects");
    }
}
