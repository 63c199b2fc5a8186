using System.Text.Json.Nodes;
using ChannelManagerDashboard.Features.MewsSimulator;
using ChannelManagerDashboard.Tests.Support;

namespace ChannelManagerDashboard.Tests.Features.MewsSimulator;

/// <summary>The simulator's request checks and answers, as plain logic over the built-in seed.</summary>
public sealed class MewsSimulatorTests
{
    private const string Json = "application/json";
    private static readonly string SeedPath = Path.Combine(AppContext.BaseDirectory, "simulator-seed.json");
    private readonly ChannelManagerDashboard.Features.MewsSimulator.MewsSimulator simulator = new(SimulatorSeed.Load(SeedPath));

    private static string Body(object value) => System.Text.Json.JsonSerializer.Serialize(value);

    private static int? ErrorCode(JsonObject reply) => reply["errors"]?[0]?["code"]?.GetValue<int>();

    [Theory]
    [InlineData("not json")]
    [InlineData("[1, 2]")]
    [InlineData("{\"clientToken\": 42}")]
    public void A_malformed_body_is_code_6(string body) =>
        Assert.Equal(6, ErrorCode(simulator.Handle("getChannels", Json, body)));

    [Fact]
    public void A_body_not_sent_as_JSON_is_code_6() =>
        Assert.Equal(6, ErrorCode(simulator.Handle("getChannels", "text/plain", Body(new { clientToken = FakeMews.ClientToken }))));

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"clientToken\": \"\"}")]
    [InlineData("{\"clientToken\": \"B19F88CF7713E64D25084D443FEF7DEC-000CBB4F19AB9A1549F7B03A712FF2X\"}")]
    public void A_missing_or_unknown_client_token_is_code_8(string body)
    {
        var reply = simulator.Handle("getChannels", Json, body);

        Assert.False(reply["success"]!.GetValue<bool>());
        Assert.Equal(8, ErrorCode(reply));
    }

    [Fact]
    public void Get_properties_needs_an_email_and_accepts_only_the_seeded_employee()
    {
        Assert.Equal(6, ErrorCode(simulator.Handle("getProperties", Json, Body(new { clientToken = FakeMews.ClientToken }))));
        Assert.Equal(8, ErrorCode(simulator.Handle("getProperties", Json, Body(new { clientToken = FakeMews.ClientToken, email = "guest@example.com" }))));

        var reply = simulator.Handle("getProperties", Json, Body(new { clientToken = FakeMews.ClientToken, email = "CHM-API@keizersgracht-demo.example" }));

        Assert.True(reply["success"]!.GetValue<bool>());
        Assert.Equal(2, reply["properties"]!.AsArray().Count);
    }

    [Fact]
    public void Get_configuration_checks_the_connection_token()
    {
        Assert.Equal(6, ErrorCode(simulator.Handle("getConfiguration", Json, Body(new { clientToken = FakeMews.ClientToken }))));
        Assert.Equal(3, ErrorCode(simulator.Handle("getConfiguration", Json, Body(new { clientToken = FakeMews.ClientToken, connectionToken = "unknown" }))));
        Assert.Equal(3, ErrorCode(simulator.Handle("getConfiguration", Json, Body(new { clientToken = FakeMews.ClientToken, connectionToken = FakeMews.DeactivatedConnection }))));
    }

    [Fact]
    public void A_deactivated_connection_answers_the_error_code_its_seed_configures()
    {
        var seed = File.ReadAllText(SeedPath).Replace("\"errorCodeWhenUsed\": 3", "\"errorCodeWhenUsed\": 8");
        var configured = new ChannelManagerDashboard.Features.MewsSimulator.MewsSimulator(SimulatorSeed.Parse(seed, "test"));

        var reply = configured.Handle("getConfiguration", Json, Body(new { clientToken = FakeMews.ClientToken, connectionToken = FakeMews.DeactivatedConnection }));

        Assert.Equal(8, ErrorCode(reply));
    }

    [Fact]
    public void Without_extent_flags_unsynchronized_entries_products_companies_and_ages_are_left_out()
    {
        var reply = simulator.Handle("getConfiguration", Json, Body(new { clientToken = FakeMews.ClientToken, connectionToken = FakeMews.MainConnection }));

        Assert.True(reply["success"]!.GetValue<bool>());
        Assert.Equal(FakeMews.MainConnection, reply["connectionToken"]!.GetValue<string>());
        Assert.DoesNotContain("TRP", Codes(reply, "spaceCategories"));
        Assert.DoesNotContain("CORP", Codes(reply, "ratePlans"));
        Assert.Equal(23, reply["inventoryMappings"]!.AsArray().Count);
        Assert.All(new[] { "products", "productMappings", "companies", "travelAgencies", "ageCategories" }, key => Assert.Null(reply[key]));
    }

    [Fact]
    public void With_every_extent_flag_the_whole_seeded_configuration_comes_back()
    {
        var extent = new { includeUnsynchronizedRates = true, includeUnsynchronizedCategories = true, includeProducts = true, includeCompanies = true, includeAgeCategories = true };

        var reply = simulator.Handle("getConfiguration", Json, Body(new { clientToken = FakeMews.ClientToken, connectionToken = FakeMews.MainConnection, extent }));

        Assert.Equal(7, reply["spaceCategories"]!.AsArray().Count);
        Assert.Equal(26, reply["inventoryMappings"]!.AsArray().Count);
        Assert.Single(reply["productMappings"]!.AsArray());
        Assert.Equal(3, reply["ageCategories"]!.AsArray().Count);
    }

    [Fact]
    public void An_extent_flag_that_is_not_a_boolean_is_code_6()
    {
        var reply = simulator.Handle("getConfiguration", Json,
            Body(new { clientToken = FakeMews.ClientToken, connectionToken = FakeMews.MainConnection, extent = new { includeProducts = "yes" } }));

        Assert.Equal(6, ErrorCode(reply));
        Assert.Contains("extent.includeProducts", reply["errors"]![0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public void An_unknown_operation_is_code_6_naming_the_ones_there_are() =>
        Assert.Contains("getProperties, getConfiguration, getChannels",
            simulator.Handle("setInventory", Json, "{}")["errors"]![0]!["message"]!.GetValue<string>());

    [Fact]
    public void Answers_are_copies_so_one_request_cannot_change_the_next()
    {
        var first = simulator.Handle("getChannels", Json, Body(new { clientToken = FakeMews.ClientToken }));
        first["channels"]!.AsArray().Clear();

        Assert.Equal(6, simulator.Handle("getChannels", Json, Body(new { clientToken = FakeMews.ClientToken }))["channels"]!.AsArray().Count);
    }

    [Theory]
    [InlineData("{}", "_simulator")]
    [InlineData("{\"_simulator\": {\"clientToken\": \"x\"}}", "getProperties")]
    [InlineData("not json", "not usable")]
    public void A_broken_seed_is_refused_with_a_message_naming_what_is_wrong(string seed, string expected)
    {
        var error = Assert.Throws<InvalidDataException>(() => SimulatorSeed.Parse(seed, "broken.json"));

        Assert.Contains("broken.json", error.Message);
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void A_missing_seed_file_names_the_setting() =>
        Assert.Contains("MewsSimulator:SeedFile", Assert.Throws<InvalidDataException>(() => SimulatorSeed.Load("/nonexistent/seed.json")).Message);

    private static List<string> Codes(JsonObject reply, string list) =>
        reply[list]!.AsArray().Select(item => item!["code"]!.GetValue<string>()).ToList();

    [Fact]
    public void A_confirmation_of_a_push_is_kept_by_its_relatedMessageId_with_the_tokens_masked()
    {
        var reply = simulator.Handle("processRateConfirmation", Json, Body(new
        {
            clientToken = FakeMews.ClientToken,
            connectionToken = FakeMews.MainConnection,
            relatedMessageId = "b7d2-0001",
            success = false,
            errors = new[] { new { code = 9, message = "Rate XYZ is not set up.", rateCode = "XYZ" } },
        }));

        Assert.True(reply["success"]!.GetValue<bool>());
        var kept = simulator.Inbox.Find("b7d2-0001");
        Assert.NotNull(kept);
        Assert.Equal(("processRateConfirmation", false), (kept.Operation, kept.Success));
        Assert.DoesNotContain(FakeMews.MainConnection, kept.Body);
        Assert.Contains("Rate XYZ is not set up.", kept.Body);
    }

    [Theory]
    [InlineData("{\"connectionToken\":\"C90C8AD540EF50C0588CB8661D3D1068-7EED72DBFB9BB9C2A5C0A3C04313B43\",\"success\":true}", 6)]
    [InlineData("{\"connectionToken\":\"C90C8AD540EF50C0588CB8661D3D1068-7EED72DBFB9BB9C2A5C0A3C04313B43\",\"relatedMessageId\":\"m1\",\"success\":\"yes\"}", 6)]
    [InlineData("{\"connectionToken\":\"UNKNOWN-CONNECTION\",\"relatedMessageId\":\"m1\",\"success\":true}", 3)]
    public void A_confirmation_without_its_message_id_or_verdict_or_for_an_unknown_connection_is_refused(string fields, int code)
    {
        var body = JsonNode.Parse(fields)!.AsObject();
        body["clientToken"] = FakeMews.ClientToken;

        Assert.Equal(code, ErrorCode(simulator.Handle("processAvailabilityConfirmation", Json, body.ToJsonString())));
        Assert.Null(simulator.Inbox.Find("m1"));
    }

    [Fact]
    public void A_relatedMessageId_over_100_characters_is_refused_with_code_6_and_not_kept()
    {
        var id = new string('x', 1024 * 1024);

        var reply = simulator.Handle("processRateConfirmation", Json, Body(new
        {
            clientToken = FakeMews.ClientToken, connectionToken = FakeMews.MainConnection, relatedMessageId = id, success = true,
        }));

        Assert.Equal(6, ErrorCode(reply));
        Assert.Equal("The relatedMessageId is 1,048,576 characters long; ids and codes may be at most 100 characters. Send a shorter relatedMessageId (Mews' own ids are 36-character GUIDs).",
            reply["errors"]![0]!["message"]!.GetValue<string>());
        Assert.Null(simulator.Inbox.Find(id));
        Assert.Equal(0, simulator.Inbox.Bytes);
    }

    [Theory]
    [InlineData("messageId")]
    [InlineData("channelManagerId")]
    [InlineData("reservation code")]
    public void A_Process_group_with_an_id_or_code_over_100_characters_is_refused_with_code_6_and_not_kept(string field)
    {
        var group = Group();
        var tooLong = new string('7', 101);
        if (field == "reservation code")
            group["reservations"]![0]!["code"] = tooLong;
        else
            group[field] = tooLong;

        var reply = simulator.ProcessGroup(Json, group.ToJsonString());

        Assert.Equal(6, ErrorCode(reply));
        Assert.StartsWith($"The {field} is 101 characters long; ids and codes may be at most 100 characters.", reply["errors"]![0]!["message"]!.GetValue<string>());
        Assert.Empty(simulator.Bookings.Since(FakeMews.MainConnection, 0));
        Assert.True(simulator.ProcessGroup(Json, Group().ToJsonString())["success"]!.GetValue<bool>());
    }

    [Fact]
    public void A_Process_group_over_64_KB_is_refused_with_code_6_and_not_kept()
    {
        var group = Group();
        group["notes"] = new string('x', ChannelManagerDashboard.Features.MewsSimulator.MewsSimulator.MaxGroupBytes);

        var reply = simulator.ProcessGroup(Json, group.ToJsonString());

        Assert.Equal(6, ErrorCode(reply));
        Assert.Contains("the simulator takes bookings up to 64 KB", reply["errors"]![0]!["message"]!.GetValue<string>());
        Assert.Equal(0, simulator.Bookings.Bytes);
    }

    [Fact]
    public void A_projects_own_token_stands_for_its_seed_connection_and_a_tampered_one_is_not_found()
    {
        var own = simulator.Connections.ForProject(12, FakeMews.MainConnection);
        var deactivated = simulator.Connections.ForProject(12, FakeMews.DeactivatedConnection);
        var tampered = own[..^1] + (own[^1] == 'A' ? 'B' : 'A');
        var anotherProject = own.Replace("sim-p12-", "sim-p13-", StringComparison.Ordinal);
        string Configuration(string token) => Body(new { clientToken = FakeMews.ClientToken, connectionToken = token });

        var profile = simulator.Handle("getConfiguration", Json, Configuration(own));

        Assert.StartsWith("sim-p12-", own);
        Assert.Null(ErrorCode(profile));
        Assert.Equal(own, profile["connectionToken"]!.GetValue<string>());
        Assert.Equal(3, ErrorCode(simulator.Handle("getConfiguration", Json, Configuration(deactivated))));
        foreach (var refused in new[] { tampered, anotherProject, "sim-p12-", own + "A" })
        {
            var reply = simulator.Handle("getConfiguration", Json, Configuration(refused));
            Assert.Equal(3, ErrorCode(reply));
            Assert.Equal("Connection not found.", reply["errors"]![0]!["message"]!.GetValue<string>());
            Assert.Equal(3, ErrorCode(simulator.ProcessGroup(Json, Group(refused).ToJsonString())));
        }
        Assert.Empty(simulator.Bookings.Since(tampered, 0));
        Assert.True(simulator.ProcessGroup(Json, Group(own).ToJsonString())["success"]!.GetValue<bool>());
        Assert.Single(simulator.Bookings.Since(own, 0));
    }

    private static JsonObject Group(string connectionToken = FakeMews.MainConnection) => new()
    {
        ["clientToken"] = FakeMews.ClientToken,
        ["connectionToken"] = connectionToken,
        ["messageId"] = "msg-000184",
        ["channelManagerId"] = "CM-100184",
        ["reservations"] = new JsonArray(new JsonObject { ["code"] = "01", ["from"] = "2025-10-12", ["to"] = "2025-10-14" }),
    };
}
