using System.Text.Json.Nodes;
using ChannelManagerDashboard.Domain.Common;

namespace ChannelManagerDashboard.Features.MewsSimulator;

/// <summary>Get configuration's <c>extent</c> flags, applied to a stored full configuration as Mews applies them.</summary>
public sealed record PropertyProfileExtent(bool UnsynchronizedRates, bool UnsynchronizedCategories, bool Products, bool Companies, bool AgeCategories)
{
    public static readonly string[] Flags =
        ["includeUnsynchronizedRates", "includeUnsynchronizedCategories", "includeProducts", "includeCompanies", "includeAgeCategories"];

    /// <returns>The extent, or invalid with the reason when a flag is not a boolean.</returns>
    public static Result<PropertyProfileExtent> Read(JsonNode? extent)
    {
        if (extent is null)
            return Result.Of(new PropertyProfileExtent(false, false, false, false, false));
        if (extent is not JsonObject flags)
            return Result.Invalid("extent", "\"extent\" must be an object of boolean flags.").As<PropertyProfileExtent>();
        var values = new bool[Flags.Length];
        for (var i = 0; i < Flags.Length; i++)
        {
            var node = flags[Flags[i]];
            if (node is null)
                continue;
            if (node is not JsonValue value || !value.TryGetValue(out values[i]))
                return Result.Invalid("extent", $"\"extent.{Flags[i]}\" must be true or false.").As<PropertyProfileExtent>();
        }
        return Result.Of(new PropertyProfileExtent(values[0], values[1], values[2], values[3], values[4]));
    }

    /// <summary>Leaves out what the flags do not ask for, and mappings that point at left-out rates or space types.</summary>
    public void ApplyTo(JsonObject profile)
    {
        var rates = Keep(profile, "ratePlans", UnsynchronizedRates);
        var spaces = Keep(profile, "spaceCategories", UnsynchronizedCategories);
        if (profile["inventoryMappings"] is JsonArray mappings)
            RemoveWhere(mappings, m => !rates.Contains(Code(m, "ratePlanCode")) || !spaces.Contains(Code(m, "spaceTypeCode")));
        if (!Products)
        {
            profile.Remove("products");
            profile.Remove("productMappings");
        }
        else if (profile["productMappings"] is JsonArray productMappings)
            RemoveWhere(productMappings, m => !rates.Contains(Code(m, "ratePlanCode")));
        if (!Companies)
        {
            profile.Remove("companies");
            profile.Remove("travelAgencies");
        }
        if (!AgeCategories)
            profile.Remove("ageCategories");
    }

    /// <returns>The codes kept. Without <paramref name="includeUnsynchronized"/> only synchronized entries stay (absent means synchronized).</returns>
    private static HashSet<string> Keep(JsonObject profile, string listName, bool includeUnsynchronized)
    {
        if (profile[listName] is not JsonArray list)
            return [];
        if (!includeUnsynchronized)
            RemoveWhere(list, item => item?["isSynchronized"]?.GetValue<bool>() == false);
        return list.Select(item => Code(item, "code")).ToHashSet();
    }

    private static string Code(JsonNode? item, string field) => item?[field]?.GetValue<string>() ?? "";

    private static void RemoveWhere(JsonArray array, Func<JsonNode?, bool> predicate)
    {
        for (var i = array.Count - 1; i >= 0; i--)
        {
            if (predicate(array[i]))
                array.RemoveAt(i);
        }
    }
}
