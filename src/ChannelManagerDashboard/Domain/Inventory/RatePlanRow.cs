namespace ChannelManagerDashboard.Domain.Inventory;

/// <param name="Products">Products bundled into the rate: a rate with any is a package.</param>
/// <param name="IsPushed">Synchronized and mapped to at least one synchronized space type.</param>
public sealed record RatePlanRow(
    string Code, string Name, string Currency, bool IsSynchronized, bool IsPushed, bool IsPublic,
    IReadOnlyList<string> Products, int MappedSpaceCount, string Cancellation)
{
    public bool IsPackage => Products.Count > 0;
}
