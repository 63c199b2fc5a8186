namespace ChannelManagerDashboard.Tests.Support;

/// <summary>A test class with its own migrated SQLite file, a fixed clock and the feature services over them.</summary>
/// <remarks>Uploads are capped at <see cref="MaxFileBytes"/> (1 KB) so size rules are cheap to test.</remarks>
[Trait(TestDatabase.Trait, TestDatabase.AnyEngine)]
public abstract class DatabaseTest : IDisposable
{
    protected const long MaxFileBytes = 1024;

    protected DatabaseTest() => Services = new Services(Database, Clock, MaxFileBytes);

    protected TempDatabase Database { get; } = new();
    protected FixedClock Clock { get; } = FixedClock.At2026();
    protected Services Services { get; }

    /// <summary>Fresh services over the same file, as after an app restart.</summary>
    protected Services Reopened() => new(Database, Clock, MaxFileBytes);

    public void Dispose()
    {
        Database.Dispose();
        GC.SuppressFinalize(this);
    }
}
