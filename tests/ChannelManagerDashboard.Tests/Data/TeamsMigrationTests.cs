using ChannelManagerDashboard.Data;
using ChannelManagerDashboard.Features.Accounts.Teams;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ChannelManagerDashboard.Tests.Data;

/// <summary>A database from before teams: its projects and people land in the default team, each with the role they had.</summary>
public sealed class TeamsMigrationTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("cmd-teams-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void Every_project_and_every_account_joins_the_default_team_with_the_role_it_had()
    {
        var options = new DbContextOptionsBuilder<DashboardDbContext>().UseSqlite($"Data Source={Path.Combine(folder, "old.db")}").Options;
        using (var db = new DashboardDbContext(options))
        {
            db.GetService<IMigrator>().Migrate("20261202200119_ConnectorReview");
            db.Database.ExecuteSqlRaw("""
                INSERT INTO Projects (Id, Name, Kind, PartnerId, PilotPropertyName, Environment, EndpointBaseUrl, ContactPerson, CreatedAt, UpdatedAt,
                    TechnicalDetails, UpdateAvailabilityUrl, UpdatePricesUrl, UpdateRestrictionsUrl, ConfirmBookingUrl, ChangeNotificationUrl, CertificationCallTimeZone)
                VALUES (1, 'Acme', 0, 'INT1', '', 0, '', '', '2026-11-01', '2026-11-01', '', '', '', '', '', '', ''),
                       (2, 'Beta', 1, 'INT2', '', 0, '', '', '2026-11-01', '2026-11-01', '', '', '', '', '', '', '');
                INSERT INTO AspNetUsers (Id, UserName, NormalizedUserName, Email, NormalizedEmail, EmailConfirmed, PhoneNumberConfirmed, TwoFactorEnabled,
                    LockoutEnabled, AccessFailedCount, CreatedAt, CreatedBy)
                VALUES ('u-owner', 'o@example.com', 'O@EXAMPLE.COM', 'o@example.com', 'O@EXAMPLE.COM', 1, 0, 0, 1, 0, '2026-11-01', 'first start'),
                       ('u-member', 'm@example.com', 'M@EXAMPLE.COM', 'm@example.com', 'M@EXAMPLE.COM', 1, 0, 0, 1, 0, '2026-11-01', 'o@example.com'),
                       ('u-viewer', 'v@example.com', 'V@EXAMPLE.COM', 'v@example.com', 'V@EXAMPLE.COM', 1, 0, 0, 1, 0, '2026-11-01', 'o@example.com');
                INSERT INTO AspNetUserRoles (UserId, RoleId) VALUES ('u-owner', 'role-owner'), ('u-member', 'role-member'), ('u-viewer', 'role-viewer');
                """);
        }

        using (var db = new DashboardDbContext(options))
        {
            db.Database.Migrate();

            Assert.Equal([(Team.DefaultId, Team.DefaultName)], db.Teams.AsNoTracking().Select(t => new { t.Id, t.Name }).AsEnumerable().Select(t => (t.Id, t.Name)));
            Assert.Equal([Team.DefaultId, Team.DefaultId], db.Projects.AsNoTracking().OrderBy(p => p.Id).Select(p => p.TeamId));
            Assert.Equal([("u-member", "Member"), ("u-owner", "Owner"), ("u-viewer", "Viewer")],
                db.TeamMembers.AsNoTracking().Where(m => m.TeamId == Team.DefaultId).OrderBy(m => m.UserId).AsEnumerable().Select(m => (m.UserId, m.Role)));
        }
    }
}
