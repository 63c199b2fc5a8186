namespace ChannelManagerDashboard.Tests.Support;

public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public static FixedClock At2026() => new(new DateTimeOffset(2026, 11, 25, 9, 30, 0, TimeSpan.Zero));

    public override DateTimeOffset GetUtcNow() => Now;
}
