using ChannelManagerDashboard.Data;

namespace ChannelManagerDashboard.Tests.Support;

/// <summary>
/// The engine this test run's data-layer tests use: SQLite, or PostgreSQL when DASHBOARD_TEST_DATABASE=PostgreSQL
/// (./test.sh runs the <see cref="AnyEngine"/> tests a second time so).
/// </summary>
public static class TestDatabase
{
    public const string Variable = "DASHBOARD_TEST_DATABASE";

    /// <summary>
    /// The trait of tests that run on whichever engine <see cref="TempDatabase"/> uses: ./test.sh runs them again with
    /// DASHBOARD_TEST_DATABASE=PostgreSQL (--filter Database=AnyEngine). A base class's trait holds for its subclasses.
    /// </summary>
    public const string Trait = "Database";

    public const string AnyEngine = "AnyEngine";

    public static DatabaseProvider Provider { get; } =
        Enum.TryParse<DatabaseProvider>(Environment.GetEnvironmentVariable(Variable), ignoreCase: true, out var provider) ? provider : DatabaseProvider.Sqlite;
}
