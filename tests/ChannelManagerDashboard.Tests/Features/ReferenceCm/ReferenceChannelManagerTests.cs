using System.Text.Json;
using System.Text.Json.Nodes;
using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Domain.Inventory;
using ChannelManagerDashboard.Domain.Mews;
using ChannelManagerDashboard.Features.MewsSimulator;
using ChannelManagerDashboard.Features.PlayMews;
using ChannelManagerDashboard.Features.ReferenceCm;
using ChannelManagerDashboard.Tests.Support;

namespace ChannelManagerDashboard.Tests.Features.ReferenceCm;

/// <summary>The reference channel manager answers every push the way the Mews docs require, over the built-in simulator seed.</summary>
[Collection(HarnessCollection.Name)]
public sealed class ReferenceChannelManagerTests
{
    private static readonly string SeedPath = Path.Combine(AppContext.BaseDirectory, "simulator-seed.json");
    private static readonly SimulatorSeed Seed = SimulatorSeed.Load(SeedPath);
    private static readonly PropertyProfileData Profile = PropertyProfileData.Parse(Seed.Response("getConfiguration").ToJsonString())!;
    private static readonly string ActiveToken = Seed.Connections.First(c => c.Active).Token;
    private static readonly string InactiveToken = Seed.Connections.First(c => !c.Active).Token;

    private readonly ReferenceChannelManager cm = ReferenceChannelManager.FromSeed(Seed);

    public static TheoryData<string> AllTests => new(HarnessTests.All.Select(t => t.Id));

    private Result Handle(string operation, JsonNode body)
    {
        using var document = JsonDocument.Parse(body.ToJsonString());
        return cm.Handle(operation, document.RootElement);
    }

    private static JsonObject Push(string list, params JsonObject[] entries) => new()
    {
        ["clientToken"] = Seed.ClientToken,
        ["connectionToken"] = ActiveToken,
        ["messageId"] = "5c4b3a29-1d0e-4f8a-9b7c-6d5e4f3a2b1c",
        ["responseUrl"] = "https://api.mews-demo.com/api/channelManager/v1/processAvailabilityConfirmation",
        [list] = new JsonArray(entries),
    };

    private static JsonObject Availability(string space, string from = "2026-03-02", string to = "2026-03-08") =>
        new() { ["spaceTypeCode"] = space, ["from"] = from, ["to"] = to, ["availability"] = 4 };

    private static JsonObject Price(string rate, string space) => new()
    {
        ["spaceTypeCode"] = space,
        ["ratePlanCode"] = rate,
        ["from"] = "2026-03-02",
        ["to"] = "2026-03-08",
        ["prices"] = new JsonArray(new JsonObject { ["grossAmount"] = 120.5m, ["netAmount"] = 110.55m, ["currencyCode"] = "EUR", ["guestCount"] = 1 }),
    };

    private static JsonObject Restriction(int[] state) => new()
    {
        ["spaceTypeCode"] = "DBL",
        ["ratePlanCode"] = "FF",
        ["from"] = "2026-03-02",
        ["to"] = "2026-03-08",
        ["state"] = new JsonArray(state.Select(s => JsonValue.Create(s)).ToArray<JsonNode?>()),
    };

    private static MewsError OnlyError(Result answer)
    {
        Assert.False(answer.Succeeded);
        return Assert.Single(MewsErrorProblem.ErrorsOf(answer));
    }

    [Fact]
    public void The_simulator_seed_is_copied_next_to_the_tests()
    {
        Assert.True(File.Exists(SeedPath), $"{SeedPath} is missing");
        Assert.NotEmpty(Profile.Combinations);
    }

    [Fact]
    public void A_valid_availability_push_is_accepted()
    {
        var answer = Handle(CmOperation.UpdateAvailability, Push("availabilities", Availability("DBL")));

        Assert.True(answer.Succeeded);
        Assert.Empty(MewsErrorProblem.ErrorsOf(answer));
    }

    [Theory]
    [MemberData(nameof(AllTests))]
    public void Every_harness_test_passes_against_the_reference(string testId)
    {
        var scope = new HarnessScope(Profile, HarnessScope.AllPushed(Profile), Seed.ClientToken, ActiveToken, InactiveToken,
            new DateOnly(2026, 3, 2), "https://api.mews-demo.com");
        var plan = new PushBuilder(scope, new HarnessSettings()).Plan(testId);

        Assert.Null(plan.Blocked);
        Assert.NotEmpty(plan.Pushes);
        Assert.All(plan.Pushes, push =>
        {
            using var body = JsonDocument.Parse(JsonSerializer.SerializeToUtf8Bytes(push.Build(), MewsJson.Options));
            var reply = JsonSerializer.SerializeToUtf8Bytes(MewsErrorProblem.Response(cm.Handle(push.Operation, body.RootElement)), MewsJson.Options);
            var verdict = ResponseJudge.Judge(new CmAnswer(200, "OK", "application/json", reply, false, TimeSpan.FromMilliseconds(5), null), push.Expected, new HarnessSettings().Limits,
                push.Operation, $"https://cm.example.com/{push.Operation}");
            Assert.Empty(verdict.Reasons);
            Assert.Empty(verdict.Notes);
        });
    }

    [Fact]
    public void A_wrong_client_token_is_code_8()
    {
        var body = Push("availabilities", Availability("DBL"));
        body["clientToken"] = "NOT-THE-AGREED-CLIENT-TOKEN";

        Assert.Equal(8, OnlyError(Handle(CmOperation.UpdateAvailability, body)).Code);
    }

    [Fact]
    public void An_unknown_connection_is_code_3()
    {
        var body = Push("availabilities", Availability("DBL"));
        body["connectionToken"] = "UNKNOWN-CONNECTION-TOKEN-0123456789";

        var error = OnlyError(Handle(CmOperation.UpdateAvailability, body));

        Assert.Equal(3, error.Code);
        Assert.Contains("is not set up in the channel manager", error.Message);
    }

    [Fact]
    public void The_seeds_inactive_connection_is_code_3_saying_it_is_deactivated_without_showing_the_token()
    {
        var body = Push("availabilities", Availability("DBL"));
        body["connectionToken"] = InactiveToken;

        var error = OnlyError(Handle(CmOperation.UpdateAvailability, body));

        Assert.Equal(3, error.Code);
        Assert.Contains("is deactivated in the channel manager", error.Message);
        Assert.DoesNotContain(InactiveToken, error.Message);
    }

    [Fact]
    public void An_unknown_space_type_is_code_10_with_its_categoryCode()
    {
        var error = OnlyError(Handle(CmOperation.UpdateAvailability, Push("availabilities", Availability("ZZZ"))));

        Assert.Equal(new MewsError(10, error.Message, CategoryCode: "ZZZ"), error);
        Assert.Contains("'ZZZ'", error.Message);
    }

    [Fact]
    public void An_unknown_rate_is_code_9_with_its_rateCode()
    {
        var error = OnlyError(Handle(CmOperation.UpdatePrices, Push("ratePrices", Price("ZZZ", "DBL"))));

        Assert.Equal(new MewsError(9, error.Message, RateCode: "ZZZ"), error);
    }

    [Fact]
    public void A_known_rate_and_space_type_not_sold_together_is_code_11_with_both()
    {
        Assert.Contains(Profile.SpaceTypes, s => s.Code == "DRM6");
        Assert.Contains(Profile.RatePlans, r => r.Code == "BB");
        Assert.False(Profile.IsSold("BB", "DRM6"));

        var error = OnlyError(Handle(CmOperation.UpdatePrices, Push("ratePrices", Price("BB", "DRM6"))));

        Assert.Equal(new MewsError(11, error.Message, CategoryCode: "DRM6", RateCode: "BB"), error);
    }

    [Fact]
    public void A_first_night_after_the_last_is_code_7()
    {
        var error = OnlyError(Handle(CmOperation.UpdateAvailability, Push("availabilities", Availability("DBL", "2026-03-08", "2026-03-02"))));

        Assert.Equal(7, error.Code);
        Assert.Contains("2026-03-08 is after the last night 2026-03-02", error.Message);
    }

    [Fact]
    public void An_undocumented_restriction_state_is_code_6()
    {
        var error = OnlyError(Handle(CmOperation.UpdateRestrictions, Push("restrictions", Restriction([3]))));

        Assert.Equal(6, error.Code);
        Assert.Contains("state [3] is not documented", error.Message);
    }

    [Theory]
    [InlineData("0", null)]
    [InlineData(null, "0")]
    [InlineData(null, "-3")]
    [InlineData("1.5", null)]
    [InlineData("4", "2")]
    public void An_impossible_length_of_stay_is_code_7(string? minLos, string? maxLos)
    {
        var restriction = Restriction([1]);
        restriction["minLos"] = minLos is null ? null : JsonNode.Parse(minLos);
        restriction["maxLos"] = maxLos is null ? null : JsonNode.Parse(maxLos);

        var error = OnlyError(Handle(CmOperation.UpdateRestrictions, Push("restrictions", restriction)));

        Assert.Equal(7, error.Code);
        Assert.Contains("minLos and maxLos must be whole numbers of nights, at least 1, with maxLos at least minLos", error.Message);
    }

    [Fact]
    public void Availability_without_a_space_type_code_says_none_in_its_message()
    {
        var entry = Availability("DBL");
        entry.Remove("spaceTypeCode");
        entry["availability"] = -1;

        var answer = Handle(CmOperation.UpdateAvailability, Push("availabilities", entry));

        Assert.Contains(MewsErrorProblem.ErrorsOf(answer), e => e.Code == 6 && e.Message == "Availability for space type (none) has no whole, non-negative \"availability\".");
    }

    [Fact]
    public void Confirm_booking_is_code_2_naming_the_confirmation_number()
    {
        var body = new JsonObject
        {
            ["clientToken"] = Seed.ClientToken,
            ["connectionToken"] = ActiveToken,
            ["relatedMessageId"] = "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0",
            ["channelManagerId"] = "CM-GROUP-77",
            ["reservations"] = new JsonArray(new JsonObject { ["code"] = "CM-GROUP-77-1", ["confirmationNumber"] = "4711" }),
        };

        var error = OnlyError(Handle(CmOperation.ConfirmGroup, body));

        Assert.Equal(2, error.Code);
        Assert.StartsWith("Reservation 4711 is not recorded in the channel manager.", error.Message);
    }

    [Fact]
    public void A_change_notification_of_an_undocumented_type_is_code_6()
    {
        var body = new JsonObject { ["clientToken"] = Seed.ClientToken, ["connectionToken"] = ActiveToken, ["type"] = 9 };

        Assert.Equal(6, OnlyError(Handle(CmOperation.ChangeNotification, body)).Code);
    }

    [Fact]
    public void A_body_that_is_not_an_object_is_code_6() =>
        Assert.Equal(6, OnlyError(Handle(CmOperation.UpdateAvailability, new JsonArray(1, 2))).Code);

    [Fact]
    public void The_same_problem_twice_is_one_error()
    {
        var answer = Handle(CmOperation.UpdateAvailability, Push("availabilities", Availability("ZZZ"), Availability("ZZZ"), Availability("YYY")));

        Assert.Equal(["ZZZ", "YYY"], MewsErrorProblem.ErrorsOf(answer).Select(e => e.CategoryCode));
    }

    [Fact]
    public void No_more_than_20_errors_are_returned()
    {
        var unknown = Enumerable.Range(1, 25).Select(i => Availability($"UNKNOWN{i}")).ToArray();

        var answer = Handle(CmOperation.UpdateAvailability, Push("availabilities", unknown));

        Assert.False(answer.Succeeded);
        Assert.Equal(Enumerable.Range(1, 20).Select(i => $"UNKNOWN{i}"), MewsErrorProblem.ErrorsOf(answer).Select(e => e.CategoryCode));
    }

    [Fact]
    public void A_projects_own_simulator_token_is_a_connection_like_the_one_it_stands_for_and_a_tampered_one_is_not_set_up()
    {
        var connections = SimulatorConnections.WithNewKey(Seed);
        var known = ReferenceChannelManager.FromSeed(Seed, connections);
        var own = connections.ForProject(7, ActiveToken);
        Result Send(ReferenceChannelManager to, string token)
        {
            var push = Push("availabilities", Availability("DBL"));
            push["connectionToken"] = token;
            using var document = JsonDocument.Parse(push.ToJsonString());
            return to.Handle(CmOperation.UpdateAvailability, document.RootElement);
        }

        Assert.True(Send(known, own).Succeeded);
        Assert.Contains("is deactivated", OnlyError(Send(known, connections.ForProject(7, InactiveToken))).Message);
        Assert.Contains("is not set up", OnlyError(Send(known, own[..^2] + "xx")).Message);
        // Another install's key makes other tokens.
        Assert.Equal(3, OnlyError(Send(cm, own)).Code);
    }

    [Theory]
    [InlineData(CmOperation.ConfirmGroup, "relatedMessageId")]
    [InlineData(CmOperation.ConfirmGroup, "channelManagerId")]
    [InlineData(CmOperation.UpdateAvailability, "messageId")]
    [InlineData(CmOperation.UpdateAvailability, "spaceTypeCode")]
    public void An_id_or_code_over_100_characters_is_refused_with_code_6_not_quoted_back(string operation, string field)
    {
        var tooLong = new string('x', 1024 * 1024);
        var body = operation == CmOperation.ConfirmGroup
            ? new JsonObject { ["clientToken"] = Seed.ClientToken, ["connectionToken"] = ActiveToken, ["relatedMessageId"] = "m1", ["channelManagerId"] = "CM-1" }
            : Push("availabilities", Availability("DBL"));
        if (field == "spaceTypeCode")
            body["availabilities"]![0]![field] = tooLong;
        else
            body[field] = tooLong;

        var answer = Handle(operation, body);

        Assert.False(answer.Succeeded);
        Assert.Single(MewsErrorProblem.ErrorsOf(answer), e => e.Code == 6 && e.Message!.StartsWith($"The {field} is 1,048,576 characters long; ids and codes may be at most 100", StringComparison.Ordinal));
        Assert.All(MewsErrorProblem.ErrorsOf(answer), e => Assert.DoesNotContain("xxxxxxxxxx", e.Message));
    }
}
