using System.Text.Json.Nodes;
using ChannelManagerDashboard.Domain.Mews;
using ChannelManagerDashboard.Features.MewsApi;
using ChannelManagerDashboard.Tests.Support;
using Flurl.Http.Testing;

namespace ChannelManagerDashboard.Tests.Features.MewsApi;

/// <summary>
/// The Mews demo API is not reachable from these machines, so the documented examples (TestData/Mews, copied from the
/// Mews Channel Manager API documentation) stand in for it: the client reads every documented response and sends the
/// documented request shape.
/// </summary>
public sealed class DocumentedExamplesTests : IDisposable
{
    private readonly HttpTest http = new();

    public void Dispose() => http.Dispose();

    [Fact]
    public async Task The_documented_get_properties_response_is_read()
    {
        http.RespondWith(CannedMews.Example("getProperties.response.json"));

        var result = await CannedMews.Client().GetPropertiesAsync(MewsEnvironment.Demo, "B19F…F29", FakeMews.Email);

        Assert.True(result.Succeeded, result.Failure()?.Message);
        Assert.Equal(["keizersgracht-demo", "amstel-demo-apartments"], result.Value!.Value.Properties!.Select(p => p.Id));
        Assert.Equal("CM connection - main", Assert.Single(result.Value.Value.Properties![0].Connections!).Name);
    }

    [Fact]
    public async Task The_documented_get_configuration_response_is_read_field_by_field()
    {
        http.RespondWith(CannedMews.Example("getConfiguration.response.json"));

        var result = await CannedMews.Client().GetConfigurationAsync(MewsEnvironment.Demo, "B19F…F29", "C90C…B43");

        Assert.True(result.Succeeded, result.Failure()?.Message);
        var profile = result.Value!.Value;
        Assert.Equal("Europe/Amsterdam", profile.Property!.TimeZoneIdentifier);
        Assert.Equal(0, profile.Property.PricingMode);
        Assert.Equal("1015 CJ", profile.Property.Address!.Zip);
        Assert.False(profile.SpaceCategories!.Single(s => s.Code == "TRP").IsSynchronized);
        Assert.Equal(16, profile.SpaceCategories!.Single(s => s.Code == "DRM6").Classification);
        var corporate = profile.RatePlans!.Single(r => r.Code == "CORP");
        Assert.Equal(50.00m, corporate.CancellationPolicies![0].Penalty!.Absolute!.Amount);
        Assert.Null(profile.RatePlans!.Single(r => r.Code == "NR").CancellationPolicies![0].Penalty!.Relative!.Nights);
        Assert.Equal(18.50m, profile.Products![0].UnitAmount!.GrossValue);
        Assert.Equal(new MewsProductMapping("BB", "BRK"), Assert.Single(profile.ProductMappings!));
        Assert.Equal(9003, profile.Companies![0].Channel!.Code);
        Assert.Equal("12345675", profile.TravelAgencies![1].Iata);
        Assert.Null(profile.AgeCategories!.Single(a => a.Code == "Adult").MaximumAge);
    }

    [Fact]
    public async Task The_documented_get_channels_response_without_success_is_read()
    {
        http.RespondWith(CannedMews.Example("getChannels.response.json"));

        var result = await CannedMews.Client().GetChannelsAsync(MewsEnvironment.Demo, "B19F…F29");

        Assert.Equal([1, 2], result.Value!.Value.Channels!.Select(c => c.Code));
    }

    [Theory]
    [InlineData("getProperties")]
    [InlineData("getConfiguration")]
    [InlineData("getChannels")]
    public async Task Requests_have_the_documented_shape(string operation)
    {
        http.RespondWith(CannedMews.Example($"{operation}.response.json"));
        var client = CannedMews.Client();
        var documented = JsonNode.Parse(CannedMews.Example($"{operation}.request.json"))!.AsObject();

        var request = operation switch
        {
            "getProperties" => client.GetPropertiesAsync(MewsEnvironment.Demo, "B19F…F29", " chm-api@keizersgracht-demo.example "),
            "getConfiguration" => client.GetConfigurationAsync(MewsEnvironment.Demo, "B19F…F29", "C90C…B43"),
            _ => (Task)client.GetChannelsAsync(MewsEnvironment.Demo, "B19F…F29"),
        };
        await request;

        var sent = Assert.Single(http.CallLog);
        Assert.Equal(CannedMews.OperationUrl(operation), sent.Request.Url.ToString());
        Assert.StartsWith("application/json", sent.HttpRequestMessage.Content!.Headers.ContentType!.ToString());
        Assert.True(JsonNode.DeepEquals(documented, JsonNode.Parse(sent.RequestBody)), $"Sent {sent.RequestBody}, documented {documented.ToJsonString()}");
    }
}
