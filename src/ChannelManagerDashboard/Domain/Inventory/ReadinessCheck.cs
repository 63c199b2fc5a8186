namespace ChannelManagerDashboard.Domain.Inventory;

/// <param name="Required">False where Mews only recommends it (mapping the dorm and bed types).</param>
public sealed record ReadinessCheck(string Title, bool Met, bool Required, string Detail);
