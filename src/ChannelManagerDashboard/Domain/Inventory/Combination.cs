namespace ChannelManagerDashboard.Domain.Inventory;

/// <summary>One inventory mapping: a rate plan sold with a space type.</summary>
/// <param name="IsPushed">Both sides are synchronized, so Mews pushes availability, prices and restrictions for it.</param>
public sealed record Combination(string RatePlanCode, string SpaceTypeCode, bool IsPushed);
