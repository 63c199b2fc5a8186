using System.Text.Json.Nodes;

namespace HarnessBench;

/// <summary>A generated Get configuration response: 40 space types × 25 rate plans, every combination sold and synchronized.</summary>
public static class LargeHotelJson
{
    public const int SpaceTypes = 40;
    public const int RatePlans = 25;

    public static string Create()
    {
        var json = new JsonObject
        {
            ["property"] = new JsonObject { ["name"] = "Benchmark Grand Hotel", ["pricingMode"] = 0 },
            ["spaceCategories"] = new JsonArray(Enumerable.Range(1, SpaceTypes).Select(i => (JsonNode)new JsonObject
            {
                ["code"] = $"S{i:00}",
                ["name"] = $"Space type {i}",
                ["isSynchronized"] = true,
                ["classification"] = i % 10 == 0 ? 16 : 4,
                ["spaceCount"] = 5 + i % 20,
                ["bedCount"] = 1 + i % 3,
                ["extraBedCount"] = i % 2,
            }).ToArray()),
            ["ratePlans"] = new JsonArray(Enumerable.Range(1, RatePlans).Select(i => (JsonNode)new JsonObject
            {
                ["code"] = $"R{i:00}",
                ["name"] = $"Rate plan {i}",
                ["currencyCode"] = "EUR",
                ["isSynchronized"] = true,
                ["rateType"] = 1,
            }).ToArray()),
            ["inventoryMappings"] = new JsonArray((
                from r in Enumerable.Range(1, RatePlans)
                from s in Enumerable.Range(1, SpaceTypes)
                select (JsonNode)new JsonObject { ["ratePlanCode"] = $"R{r:00}", ["spaceTypeCode"] = $"S{s:00}" }).ToArray()),
            ["products"] = new JsonArray(new JsonObject
            {
                ["code"] = "BRK",
                ["name"] = "Breakfast",
                ["pricing"] = 4,
                ["unitAmount"] = new JsonObject { ["currencyCode"] = "EUR", ["netValue"] = 16.97m, ["grossValue"] = 18.5m },
            }),
            ["productMappings"] = new JsonArray(new JsonObject { ["ratePlanCode"] = "R01", ["productCode"] = "BRK" }),
            ["ageCategories"] = new JsonArray(
                new JsonObject { ["code"] = "Adult", ["minimumAge"] = 12 },
                new JsonObject { ["code"] = "Child", ["minimumAge"] = 2, ["maximumAge"] = 11 }),
        };
        return json.ToJsonString();
    }
}
