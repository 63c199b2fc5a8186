
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ChannelManagerDashboard.Data.Migrations.Sqlite
{
    /// <summary>
    /// A client token Mews refused is kept beside the one that worked; an automatic pass waits for a person's check.
    /// Existing data: a token that already brought connections had been accepted, and a Play Mews pass whose note
    /// still lists a check by hand is one nobody confirmed.
    /// </summary>
    public partial class KeptClientTokenAndHumanChecks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "NeedsHumanCheck",
                table: "TestRecords",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "RefusedAt",
                table: "ClientCredentials",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RefusedBecause",
                table: "ClientCredentials",
                type: "TEXT",
                maxLength: 1000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "RefusedClientToken",
                table: "ClientCredentials",
                type: "TEXT",
                maxLength: 4000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "RefusedClientTokenHint",
                table: "ClientCredentials",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "VerifiedAt",
                table: "ClientCredentials",
                type: "TEXT",
                nullable: true);

            migrationBuilder.Sql("""
                UPDATE ClientCredentials SET VerifiedAt = UpdatedAt
                WHERE EXISTS (SELECT 1 FROM PropertyConnections c WHERE c.ProjectId = ClientCredentials.ProjectId AND c.Environment = ClientCredentials.Environment);
                """);
            migrationBuilder.Sql("""
                UPDATE TestRecords SET NeedsHumanCheck = 1
                WHERE Status = 1 AND Notes LIKE 'Play Mews %: the automatic check passed%Still check by hand: _%';
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "NeedsHumanCheck",
                table: "TestRecords");

            migrationBuilder.DropColumn(
                name: "RefusedAt",
                table: "ClientCredentials");

            migrationBuilder.DropColumn(
                name: "RefusedBecause",
                table: "ClientCredentials");

            migrationBuilder.DropColumn(
                name: "RefusedClientToken",
                table: "ClientCredentials");

            migrationBuilder.DropColumn(
                name: "RefusedClientTokenHint",
                table: "ClientCredentials");

            migrationBuilder.DropColumn(
                name: "VerifiedAt",
                table: "ClientCredentials");
        }
    }
}
