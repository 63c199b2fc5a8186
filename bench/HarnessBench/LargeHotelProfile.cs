using ChannelManagerDashboard.Domain.Inventory;

namespace HarnessBench;

/// <summary>The generated 40 × 25 hotel, parsed as the harness reads a fetched configuration.</summary>
public static class LargeHotelProfile
{
    public static PropertyProfileData Create() =>
        PropertyProfileData.Parse(LargeHotelJson.Create()) ?? throw new InvalidOperationException("The generated configuration does not parse.");
}
