using ChannelManagerDashboard.Domain.Common;
using System.Text.Json.Nodes;
using ChannelManagerDashboard.Domain.Inventory;
using ChannelManagerDashboard.Features.Mapping;

namespace ChannelManagerDashboard.Tests.Support;

/// <summary>
/// Mapping states over the documented demo configuration: CM room "R-{space type}" and CM rate "P-{rate plan}" for every
/// Mews code, so a test maps what it needs by name.
/// </summary>
public static class Mappings
{
    /// <summary>The synchronized space types; TRP is not.</summary>
    public static readonly string[] PushedSpaces = ["SGL", "DBL", "TWN", "STE", "DRM6", "BED8"];

    /// <summary>The synchronized rate plans; CORP is not.</summary>
    public static readonly string[] PushedRates = ["FF", "NR", "BB", "NET", "LS7"];

    public static PropertyProfileData Demo(Action<JsonObject>? change = null) => PropertyProfileData.From(MewsExamples.PropertyProfile(change));

    public static MappingContext Context(PropertyProfileData? profile = null, int snapshotId = 1) => new(profile ?? Demo(), snapshotId);

    public static string Room(string spaceType) => $"R-{spaceType}";

    public static string Rate(string ratePlan) => $"P-{ratePlan}";

    /// <summary>A catalog with a CM code for every space type and rate plan of the demo configuration, nothing mapped.</summary>
    public static MappingState Catalog() => MappingState.Empty with
    {
        Rooms = [.. PushedSpaces.Append("TRP").Select(s => new CmCode(Room(s), $"Room {s}"))],
        Rates = [.. PushedRates.Append("CORP").Select(r => new CmCode(Rate(r), $"Rate {r}"))],
    };

    public static MappingState MapSpaces(this MappingState state, params string[] spaceTypes) =>
        spaceTypes.Aggregate(state, (s, code) => s.Assign(CmCodeKind.Room, code, Room(code)));

    public static MappingState MapRates(this MappingState state, params string[] ratePlans) =>
        ratePlans.Aggregate(state, (s, code) => s.Assign(CmCodeKind.Rate, code, Rate(code)));

    public static MappingState Exclude(this MappingState state, string ratePlan, string spaceType, string reason = "Not sold on our channels") =>
        state with { Exclusions = [.. state.Exclusions, new Exclusion(ratePlan, spaceType, reason)] };

    /// <summary>Every pushed space type and rate plan mapped: P6's mapping complete.</summary>
    public static MappingState Everything() => Catalog().MapSpaces(PushedSpaces).MapRates(PushedRates);

    /// <summary>Marks a space type or rate plan synchronized or not, in the JSON of a configuration.</summary>
    public static void Synchronize(JsonObject json, string list, string code, bool synchronized) =>
        json[list]!.AsArray().First(e => e!["code"]!.GetValue<string>() == code)!["isSynchronized"] = synchronized;

    /// <summary>Removes a space type and the combinations that use it, as when the property deletes it in Mews.</summary>
    public static void RemoveSpaceType(JsonObject json, string code)
    {
        MewsExamples.RemoveWhere(json, "spaceCategories", "code", code);
        MewsExamples.RemoveWhere(json, "inventoryMappings", "spaceTypeCode", code);
    }

    /// <summary>Removes a rate plan and the combinations that use it.</summary>
    public static void RemoveRatePlan(JsonObject json, string code)
    {
        MewsExamples.RemoveWhere(json, "ratePlans", "code", code);
        MewsExamples.RemoveWhere(json, "inventoryMappings", "ratePlanCode", code);
        MewsExamples.RemoveWhere(json, "productMappings", "ratePlanCode", code);
    }

    /// <summary>Adds a synchronized room type sold with the given rate plans.</summary>
    public static void AddSpaceType(JsonObject json, string code, params string[] ratePlans)
    {
        var space = json["spaceCategories"]![0]!.DeepClone().AsObject();
        space["code"] = code;
        space["name"] = $"{code} room";
        json["spaceCategories"]!.AsArray().Add(space);
        foreach (var ratePlan in ratePlans)
            json["inventoryMappings"]!.AsArray().Add(new JsonObject { ["ratePlanCode"] = ratePlan, ["spaceTypeCode"] = code });
    }

    /// <returns>The state an edit produced, failing the test when it refused or changed nothing.</returns>
    public static MappingState Changed(Result<EditedMapping> result)
    {
        Assert.True(result.Kind == ResultKind.Done, result.Message);
        return result.Value!.State;
    }

    /// <returns>Why the edit was refused, failing the test when it was not.</returns>
    public static string Refused(Result<EditedMapping> result)
    {
        Assert.Equal(ResultKind.Invalid, result.Kind);
        return result.Message;
    }
}
