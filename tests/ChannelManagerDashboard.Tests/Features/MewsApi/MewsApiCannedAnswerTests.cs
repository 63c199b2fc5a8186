using System.Text.Json.Nodes;
using ChannelManagerDashboard.Domain.Mews;
using ChannelManagerDashboard.Features.MewsApi;
using ChannelManagerDashboard.Hosting.MachineEndpoints;
using ChannelManagerDashboard.Tests.Support;
using Flurl.Http.Testing;

namespace ChannelManagerDashboard.Tests.Features.MewsApi;

/// <summary>The client against canned answers (Flurl's HttpTest): every error code, status and malformed body Mews could send.</summary>
public sealed class MewsApiCannedAnswerTests : IDisposable
{
    private const string Token = "B19F88CF7713E64D25084D443FEF7DEC-000CBB4F19AB9A1549F7B03A712FF29";
    private readonly HttpTest http = new();

    public void Dispose() => http.Dispose();

    [Theory]
    [InlineData(1, "system error")]
    [InlineData(2, "reservation not found")]
    [InlineData(3, "Run Get properties again in P4")]
    [InlineData(4, "deprecated code; Mews now uses 10")]
    [InlineData(5, "deprecated code; Mews now uses 9")]
    [InlineData(6, "malformed")]
    [InlineData(7, "processing error")]
    [InlineData(8, "not valid for the Demo environment — check you did not paste the production token")]
    [InlineData(9, "turned this operation off")]
    [InlineData(10, "space type error")]
    [InlineData(11, "rate and space type error")]
    [InlineData(12, "availability error")]
    [InlineData(13, "prices error")]
    [InlineData(14, "restrictions error")]
    [InlineData(99, "does not list")]
    public async Task Each_documented_error_code_gets_its_own_message(int code, string expected)
    {
        http.RespondWithJson(MachineRequests.Error(code, $"Mews says {code}."));

        var result = await CannedMews.Client(o => o.MaxAttempts = 1).GetConfigurationAsync(MewsEnvironment.Demo, "client-token-123", "connection-token-456");

        var failure = Assert.IsType<MewsFailure>(result.Failure());
        Assert.Equal(MewsFailureKind.MewsError, failure.Kind);
        Assert.Equal(code, failure.ErrorCode);
        Assert.Contains($"error code {code}", failure.Message);
        Assert.Contains($"\"Mews says {code}.\"", failure.Message);
        Assert.Contains(expected, failure.Message);
    }

    [Theory]
    [InlineData(MewsEnvironment.Production, "not valid for the Production environment — check you did not paste the demo token")]
    [InlineData(MewsEnvironment.Demo, "Also check the employee email")]
    public async Task Code_8_names_the_environment_and_for_get_properties_the_email(MewsEnvironment environment, string expected)
    {
        http.RespondWithJson(MachineRequests.Error(8, "Mews says 8."));

        var result = await CannedMews.Client().GetPropertiesAsync(environment, "client-token-123", "someone@example.com");

        Assert.Contains(expected, result.Failure()!.Message);
        Assert.Equal(1, result.Failure()!.Attempts);
        http.ShouldHaveCalled(CannedMews.OperationUrl("getProperties")).Times(1);
    }

    [Fact]
    public async Task The_deprecated_singular_error_is_read_too()
    {
        http.RespondWithJson(new JsonObject { ["success"] = false, ["error"] = new JsonObject { ["code"] = 7, ["message"] = "Start is after end." } });

        var result = await CannedMews.Client().GetChannelsAsync(MewsEnvironment.Demo, "client-token-123");

        Assert.Equal(7, result.Failure()!.ErrorCode);
        Assert.Contains("Start is after end.", result.Failure()!.Message);
        Assert.Contains("singular \"error\" field, deprecated since May 2024", result.Failure()!.Message);
    }

    [Theory]
    [InlineData(404, 1, "does not lead to the Channel Manager API")]
    [InlineData(429, 1, "Wait a minute")]
    [InlineData(503, 3, "HTTP 503")]
    public async Task A_status_other_than_200_is_reported_and_only_5xx_is_retried(int status, int attempts, string expected)
    {
        http.RespondWith("Something went wrong", status);

        var result = await CannedMews.Client().GetChannelsAsync(MewsEnvironment.Demo, "client-token-123");

        Assert.Equal(MewsFailureKind.HttpStatus, result.Failure()!.Kind);
        Assert.Equal(status, result.Failure()!.HttpStatus);
        Assert.Equal(attempts, result.Failure()!.Attempts);
        http.ShouldHaveCalled(CannedMews.OperationUrl("getChannels")).WithVerb(HttpMethod.Post).Times(attempts);
        Assert.Contains(expected, result.Failure()!.Message);
    }

    [Fact]
    public async Task A_system_error_is_retried_with_backoff_until_it_succeeds()
    {
        http.RespondWithJson(MachineRequests.Error(1, "Try again later."))
            .RespondWithJson(MachineRequests.Error(1, "Try again later."))
            .RespondWith(CannedMews.Example("getChannels.response.json"));

        var result = await CannedMews.Client().GetChannelsAsync(MewsEnvironment.Demo, Token);

        Assert.True(result.Succeeded, result.Failure()?.Message);
        http.ShouldHaveCalled(CannedMews.OperationUrl("getChannels")).Times(3);
    }

    [Fact]
    public async Task Invalid_authentication_is_not_retried()
    {
        http.RespondWithJson(MachineRequests.Error(8, "Mews says 8."));

        await CannedMews.Client().GetChannelsAsync(MewsEnvironment.Demo, "client-token-123");

        http.ShouldHaveCalled(CannedMews.OperationUrl("getChannels")).Times(1);
    }

    [Theory]
    [InlineData("<!DOCTYPE html><html><body>Down for maintenance</body></html>", "an HTML or XML page")]
    [InlineData("""{"success":true,"properties":"none"}""", "the field at $.properties has the wrong type")]
    [InlineData("""{"success":true}""", "the required field \"properties\" is missing")]
    [InlineData("""{"success":true,"properties":[null],"channels":[null]}""", "the required field \"properties[].id\" is missing")]
    [InlineData("""{"success":false,"errors":[null]}""", "its error list is empty or cannot be read")]
    public async Task A_200_with_a_body_that_is_not_the_documented_JSON_is_reported_not_a_crash(string body, string expected)
    {
        http.RespondWith(body);

        var result = await CannedMews.Client().GetPropertiesAsync(MewsEnvironment.Demo, "client-token-123", "a@b.example");

        Assert.Equal(MewsFailureKind.InvalidBody, result.Failure()!.Kind);
        Assert.Contains(expected, result.Failure()!.Message);
    }

    [Fact]
    public async Task A_configuration_whose_product_has_no_code_is_refused_before_it_is_stored()
    {
        var profile = JsonNode.Parse(CannedMews.Example("getConfiguration.response.json"))!;
        profile["products"]![0]!["code"] = null;
        http.RespondWith(profile.ToJsonString());

        var result = await CannedMews.Client().GetConfigurationAsync(MewsEnvironment.Demo, "client-token-123", "connection-token-456");

        Assert.Contains("the required field \"products[].code\" is missing", result.Failure()!.Message);
    }

    [Fact]
    public async Task A_token_Mews_quotes_back_is_masked_in_the_message()
    {
        http.RespondWithJson(MachineRequests.Error(8, $"Token {Token} is unknown."));

        var result = await CannedMews.Client().GetChannelsAsync(MewsEnvironment.Demo, Token);

        Assert.DoesNotContain(Token, result.Failure()!.Message);
        Assert.Contains(TokenMask.Mask(Token), result.Failure()!.Message);
    }

    [Fact]
    public async Task Every_request_is_a_json_post_to_the_operation_under_the_environment_s_address()
    {
        http.RespondWith(CannedMews.Example("getChannels.response.json"));

        await CannedMews.Client().GetChannelsAsync(MewsEnvironment.Production, Token);

        http.ShouldHaveCalled(CannedMews.OperationUrl("getChannels")).WithVerb(HttpMethod.Post)
            .WithContentType("application/json").WithRequestJson(new { clientToken = Token });
    }
}
