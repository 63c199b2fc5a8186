namespace ChannelManagerDashboard.Tests.Support;

/// <summary>A test class with its own migrated SQLite file, a fixed clock and the feature services over them.</summary>
public abstract class DatabaseTest : IDisposable
{
    protected DatabaseTest(long maxFileBytes = 1024) => Services = new Services(Database, Clock, maxFileBytes);

    protected TempDatabase Database { get; } = new();
    protected FixedClock Clock { get; } = FixedClock.At2026();
    protected Services Services { get; }

    /// <summary>Fresh services over the same file, as after an app restart.</summary>
    protected Services Reopened() => new(Database, Clock);

    public void Dispose()
    {
        Database.Dispose();
        GC.SuppressFinalize(this);
    }
}
