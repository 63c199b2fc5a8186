using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace MappingBench;

/// <summary>A generated hotel for the benchmark: 40 space types × 25 rate plans, every combination sold and pushed.</summary>
public static class LargeHotel
{
    public const int SpaceTypes = 40;
    public const int RatePlans = 25;

    public static string SpaceCode(int i) => $"S{i:00}";
    public static string RateCode(int i) => $"R{i:00}";
    public static string RoomCode(int i) => $"CM-ROOM-{i:00}";
    public static string CmRateCode(int i) => $"CM-RATE-{i:00}";

    /// <summary>The app's own simulator seed with its configuration replaced by the large hotel.</summary>
    public static string Seed(string baseSeedPath)
    {
        var seed = JsonNode.Parse(File.ReadAllText(baseSeedPath))!.AsObject();
        var profile = seed["getConfiguration"]!.AsObject();
        var template = profile["spaceCategories"]![0]!;
        var rateTemplate = profile["ratePlans"]![0]!;
        profile["spaceCategories"] = new JsonArray(Enumerable.Range(1, SpaceTypes).Select(i =>
        {
            var space = template.DeepClone().AsObject();
            space["code"] = SpaceCode(i);
            space["name"] = $"Space type {i}";
            // Mostly rooms, with dorms and beds among them.
            space["classification"] = i % 10 == 0 ? 16 : i % 10 == 5 ? 8 : 4;
            return (JsonNode)space;
        }).ToArray());
        profile["ratePlans"] = new JsonArray(Enumerable.Range(1, RatePlans).Select(i =>
        {
            var rate = rateTemplate.DeepClone().AsObject();
            rate["code"] = RateCode(i);
            rate["name"] = $"Rate plan {i}";
            return (JsonNode)rate;
        }).ToArray());
        profile["inventoryMappings"] = new JsonArray((
            from r in Enumerable.Range(1, RatePlans)
            from s in Enumerable.Range(1, SpaceTypes)
            select (JsonNode)new JsonObject { ["ratePlanCode"] = RateCode(r), ["spaceTypeCode"] = SpaceCode(s) }).ToArray());
        profile["productMappings"] = new JsonArray(new JsonObject { ["ratePlanCode"] = RateCode(1), ["productCode"] = profile["products"]![0]!["code"]!.GetValue<string>() });
        return seed.ToJsonString();
    }

    public static string CatalogCsv()
    {
        var csv = new StringBuilder("kind,code,name\n");
        for (var i = 1; i <= SpaceTypes; i++)
            csv.Append(CultureInfo.InvariantCulture, $"room,{RoomCode(i)},Room {i}\n");
        for (var i = 1; i <= RatePlans; i++)
            csv.Append(CultureInfo.InvariantCulture, $"rate,{CmRateCode(i)},Rate {i}\n");
        return csv.ToString();
    }

    /// <summary>A mapping file that maps every space type and rate plan to its own CM code.</summary>
    public static string MappingCsv()
    {
        var csv = new StringBuilder("rate_plan_code,space_type_code,cm_rate_code,cm_room_code\n");
        for (var r = 1; r <= RatePlans; r++)
        {
            for (var s = 1; s <= SpaceTypes; s++)
                csv.Append(CultureInfo.InvariantCulture, $"{RateCode(r)},{SpaceCode(s)},{CmRateCode(r)},{RoomCode(s)}\n");
        }
        return csv.ToString();
    }
}
