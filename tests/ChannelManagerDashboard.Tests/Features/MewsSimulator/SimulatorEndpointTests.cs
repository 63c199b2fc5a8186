using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ChannelManagerDashboard.Tests.Support;

namespace ChannelManagerDashboard.Tests.Features.MewsSimulator;

/// <summary>The simulator as the built app serves it: the Mews URL shape, always HTTP 200 with a JSON body.</summary>
public sealed class SimulatorEndpointTests(AppFixture fixture) : IClassFixture<AppFixture>, IDisposable
{
    private readonly HttpClient http = new();

    public void Dispose() => http.Dispose();

    private async Task<(HttpStatusCode Status, string ContentType, JsonObject Body)> PostAsync(string operation, string body, string contentType = "application/json")
    {
        using var content = new StringContent(body, Encoding.UTF8, contentType);
        using var response = await http.PostAsync(new Uri(fixture.App.BaseAddress, $"/simulator/mews/api/channelManager/v1/{operation}"), content);
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType ?? "", JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
    }

    [Theory]
    [InlineData("getChannels", "{\"clientToken\":\"B19F88CF7713E64D25084D443FEF7DEC-000CBB4F19AB9A1549F7B03A712FF29\"}", "text/plain", 6)]
    [InlineData("getChannels", "{\"clientToken\":\"wrong\"}", "application/json", 8)]
    [InlineData("getConfiguration", "{\"clientToken\":\"B19F88CF7713E64D25084D443FEF7DEC-000CBB4F19AB9A1549F7B03A712FF29\",\"connectionToken\":\"nope\"}", "application/json", 3)]
    [InlineData("getProperties", "{", "application/json", 6)]
    public async Task Errors_come_as_HTTP_200_with_the_documented_error_body(string operation, string body, string contentType, int code)
    {
        var (status, type, reply) = await PostAsync(operation, body, contentType);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("application/json", type);
        Assert.False(reply["success"]!.GetValue<bool>());
        Assert.Equal(code, reply["errors"]![0]!["code"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_body_over_1_MB_is_refused_with_code_6_without_reading_it_all()
    {
        var (status, _, reply) = await PostAsync("getChannels", $"{{\"clientToken\":\"{new string('x', 1_100_000)}\"}}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("The body is larger than 1 MB. Split it into smaller messages.", reply["errors"]![0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Get_properties_answers_with_the_seeded_properties()
    {
        var (_, _, reply) = await PostAsync("getProperties",
            $"{{\"clientToken\":\"{FakeMews.ClientToken}\",\"email\":\"{FakeMews.Email}\"}}");

        Assert.True(reply["success"]!.GetValue<bool>());
        Assert.Equal("keizersgracht-demo", reply["properties"]![0]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_simulator_page_shows_the_credentials_to_type_in()
    {
        using var owner = await fixture.App.SignedInClientAsync();
        var html = await owner.GetStringAsync("/simulator");

        Assert.Contains(FakeMews.ClientToken, html);
        Assert.Contains(FakeMews.Email, html);
        Assert.Contains($"{fixture.App.BaseAddress.ToString().TrimEnd('/')}/simulator/mews/api/channelManager/v1/{{operation}}", html);
    }

    [Theory]
    [InlineData("/simulator/mews/api/channelManager/v1/processRateConfirmation")]
    [InlineData("/reference-cm/confirmGroup")]
    public async Task A_1_MB_relatedMessageId_is_refused_with_the_documented_JSON_error(string path)
    {
        var body = new JsonObject
        {
            ["clientToken"] = FakeMews.ClientToken,
            ["connectionToken"] = FakeMews.MainConnection,
            ["relatedMessageId"] = new string('x', 1_000_000),
            ["channelManagerId"] = "CM-100184",
            ["success"] = true,
        };
        using var content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");

        using var response = await http.PostAsync(new Uri(fixture.App.BaseAddress, path), content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.False(reply["success"]!.GetValue<bool>());
        Assert.Equal(6, reply["errors"]![0]!["code"]!.GetValue<int>());
        Assert.Equal("The relatedMessageId is 1,000,000 characters long; ids and codes may be at most 100 characters. Send a shorter relatedMessageId (Mews' own ids are 36-character GUIDs).",
            reply["errors"]![0]!["message"]!.GetValue<string>());
    }
}
