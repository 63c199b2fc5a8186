namespace ChannelManagerDashboard.Domain.Inventory;

/// <summary>How the certification minimums name what they count.</summary>
/// <param name="Counted">The check titles' verb: "pushed" or "mapped".</param>
/// <param name="NotCounted">How the details introduce the entries that do not count.</param>
/// <param name="NoPackage">What to do when no counted rate plan is a package.</param>
public sealed record ReadinessWording(string Counted, string NotCounted, string NoPackage);
