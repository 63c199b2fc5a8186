namespace ChannelManagerDashboard.Domain.Inventory;

/// <summary>A product's <c>pricing</c> code (Mews Channel Manager API, Extra): how its price adds up on a reservation.</summary>
public static class ProductPricing
{
    public static string NameOf(string? pricing) => pricing switch
    {
        "1" => "once per reservation",
        "2" => "per person",
        "3" => "per night",
        "4" => "per person per night",
        null or "" => "not given",
        _ => $"undocumented ({pricing})",
    };
}
