using System.Text.Json;
using System.Text.Json.Nodes;
using ChannelManagerDashboard.Domain.Mews;

namespace ChannelManagerDashboard.Tests.Support;

/// <summary>The documented Get configuration response (TestData/Mews), to read as is or change for a test.</summary>
public static class MewsExamples
{
    public static string PropertyProfileJson => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "Mews", "getConfiguration.response.json"));

    public static PropertyProfileResponse PropertyProfile(Action<JsonObject>? change = null)
    {
        var json = JsonNode.Parse(PropertyProfileJson)!.AsObject();
        change?.Invoke(json);
        return json.Deserialize<PropertyProfileResponse>(MewsJson.Options)!;
    }

    /// <summary>Removes from a JSON array the entries whose <paramref name="field"/> is one of <paramref name="values"/>.</summary>
    public static void RemoveWhere(JsonObject json, string list, string field, params string[] values)
    {
        var array = json[list]!.AsArray();
        foreach (var item in array.Where(i => values.Contains(i![field]!.GetValue<string>())).ToList())
            array.Remove(item);
    }
}
