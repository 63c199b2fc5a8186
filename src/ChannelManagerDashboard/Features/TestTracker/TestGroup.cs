namespace ChannelManagerDashboard.Features.TestTracker;

/// <summary>The three blocks of the certification, in the order Mews runs them on the call.</summary>
public enum TestGroup
{
    Inventory = 0,
    Reservation = 1,
    Error = 2,
}
