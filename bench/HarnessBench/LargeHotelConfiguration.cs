using ChannelManagerDashboard.Domain.Inventory;

namespace HarnessBench;

/// <summary>The generated 40 × 25 hotel, parsed as the harness reads a fetched configuration.</summary>
public static class LargeHotelConfiguration
{
    public static PropertyConfiguration Create() =>
        PropertyConfiguration.Parse(LargeHotelJson.Create()) ?? throw new InvalidOperationException("The generated configuration does not parse.");
}
