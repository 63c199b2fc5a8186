using ChannelManagerDashboard.Data;
using ChannelManagerDashboard.Data.Migrations.Sqlite;
using ChannelManagerDashboard.Features.Preparation;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ChannelManagerDashboard.Tests.Data;

/// <summary>A database from before P4, P5 and P6 were automatic, upgraded migration by migration as the app does at start-up.</summary>
public sealed class AutomatedStepsMigrationTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("cmd-upgrade-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void Hand_ticked_P4_P5_then_P6_are_reopened_with_a_note_each_by_their_migration()
    {
        var options = new DbContextOptionsBuilder<DashboardDbContext>().UseSqlite($"Data Source={Path.Combine(folder, "old.db")}").Options;
        using (var db = new DashboardDbContext(options))
        {
            db.GetService<IMigrator>().Migrate("20261125180000_InitialCreate");
            db.Database.ExecuteSqlRaw("""
                INSERT INTO Projects (Id, Name, PartnerId, PilotPropertyName, Environment, EndpointBaseUrl, ContactPerson, CreatedAt, UpdatedAt,
                    TechnicalDetails, UpdateAvailabilityUrl, UpdatePricesUrl, UpdateRestrictionsUrl, ConfirmBookingUrl, ChangeNotificationUrl, CertificationCallTimeZone)
                VALUES (1, 'Old', 'INT1', '', 0, '', '', '2026-11-01', '2026-11-01', '', '', '', '', '', '', '');
                INSERT INTO StepProgress (ProjectId, StepCode, Status, Notes, UpdatedBy, UpdatedAt) VALUES
                    (1, 'P4', 2, 'Token from Mews by email', 'Jana', '2026-11-01'),
                    (1, 'P5', 2, '', 'Jana', '2026-11-01'),
                    (1, 'P6', 2, 'Mapped', 'Jana', '2026-11-01');
                """);
        }

        using (var db = new DashboardDbContext(options))
        {
            db.GetService<IMigrator>().Migrate("20261126090000_MewsConnections");
            var steps = db.StepProgress.AsNoTracking().ToDictionary(s => s.StepCode);

            Assert.Equal(StepStatus.InProgress, steps["P4"].Status);
            Assert.Equal($"Token from Mews by email\n{MewsConnections.ReopenedNote}", steps["P4"].Notes);
            Assert.Equal((StepStatus.InProgress, MewsConnections.ReopenedNote), (steps["P5"].Status, steps["P5"].Notes));
            Assert.Equal((StepStatus.Done, "Mapped"), (steps["P6"].Status, steps["P6"].Notes));
        }

        // The mapping editor's migration then does the same for P6, which the dashboard now checks too.
        using (var db = new DashboardDbContext(options))
        {
            db.Database.Migrate();
            var p6 = db.StepProgress.AsNoTracking().Single(s => s.StepCode == "P6");

            Assert.Equal((StepStatus.InProgress, $"Mapped\n{MappingEditor.ReopenedNote}"), (p6.Status, p6.Notes));
        }
    }
}
