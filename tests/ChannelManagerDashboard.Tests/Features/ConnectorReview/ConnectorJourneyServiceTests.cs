using ChannelManagerDashboard.Features.ConnectorReview;
using ChannelManagerDashboard.Features.ConnectorReview.Sample;
using ChannelManagerDashboard.Hosting.Outbound;

namespace ChannelManagerDashboard.Tests.Features.ConnectorReview;

public sealed class ConnectorJourneyServiceTests : ConnectorTest
{
    [Fact]
    public async Task The_declaration_is_checked_against_the_catalogue_and_a_changed_one_changes_the_review()
    {
        var id = await ConnectorServices.ProjectAsync(Services);
        var refused = await Connector.Journey.SaveJourneyAsync(id, new JourneyInput
        {
            UseCases = ["Revenue management"],
            Operations = [new OperationInput { Name = "reservations/GetAll" }],
            MewsAddress = "http://api.mews-demo.com",
        }, "Jana");
        Assert.False(refused.Succeeded);
        Assert.Contains("reservations/GetAll", refused.Errors[nameof(JourneyInput.Operations)]);
        Assert.Contains("Use https", refused.Errors[nameof(JourneyInput.MewsAddress)]);

        var run = (await Connector.Runs.AddSampleAsync(id, SampleVersion.Clean, "Jana")).Value;
        Assert.True((await Connector.Reviews.RunReviewAsync(id, run))!.Report.Passed);
        var input = JourneyInput.From((await Connector.Journey.LoadAsync(id))!.Journey);
        input.Operations.RemoveAll(o => o.Name == "rates/updatePrice");
        Assert.True((await Connector.Journey.SaveJourneyAsync(id, input, "Jana")).Succeeded);

        var reviewed = (await Connector.Reviews.RunReviewAsync(id, run))!;
        var review = reviewed.Report;
        var s2 = review.Checks.Single(c => c.Id == "S2");
        Assert.False(s2.Passed);
        Assert.Contains(s2.Findings, f => f.Message.StartsWith("rates/updatePrice is called", StringComparison.Ordinal));
        // The run is still named clean; the page says why it fails here.
        Assert.StartsWith("Built-in clean sample, reviewed against this project's declaration: it fails S2 Workflow fit", SampleVerdict.Explain(reviewed.Run, review));
        var again = await Connector.Runs.AddSampleAsync(id, SampleVersion.Clean, "Jana");
        Assert.Contains(again.Notices, n => n.StartsWith("Your declaration was kept, so the sample is reviewed against it", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("https://169.254.169.254", "169.254.169.254: it is a link-local address", "PlayMews:AllowedNetworks")]
    [InlineData("https://10.0.0.1:8443", "10.0.0.1: it is a private network address", "PlayMews:AllowedNetworks")]
    [InlineData("https://[fd00::1]", "fd00::1: it is a private network address", "PlayMews:AllowedNetworks")]
    [InlineData("https://0x7f.1", "127.0.0.1: it is a loopback address", "PlayMews:AllowLoopback")]
    public async Task A_proxy_address_inside_a_network_or_on_this_machine_is_refused_when_saved_and_says_why(string address, string why, string setting)
    {
        var guarded = ConnectorServices.On(Database, Clock, outbound: OutboundNetworkRule.Default);
        var id = await ConnectorServices.ProjectAsync(Services);

        var refused = await guarded.Journey.SaveJourneyAsync(id, new JourneyInput { MewsAddress = address }, "Jana");

        Assert.False(refused.Succeeded);
        var message = refused.Errors[nameof(JourneyInput.MewsAddress)];
        Assert.StartsWith("The proxy does not forward there. The dashboard does not connect to " + why, message);
        Assert.Contains(setting, message);
        Assert.Equal(ConnectorJourney.DemoAddress, (await guarded.Journey.LoadAsync(id))!.Journey.MewsAddress);
    }

    [Fact]
    public async Task An_undocumented_operation_on_the_journey_is_saved_with_its_purpose_as_the_reason_and_reviewed_as_a_warning()
    {
        var id = await ConnectorServices.ProjectAsync(Services);
        var input = new JourneyInput
        {
            UseCases = ["Customer management"],
            Operations = [new OperationInput { Name = "customers/getAll/2025-01-01", Frequency = "When a guest asks" }],
        };
        var refused = await Connector.Journey.SaveJourneyAsync(id, input, "Jana");
        Assert.False(refused.Succeeded);
        Assert.Contains("give the reason in its purpose", refused.Errors[nameof(JourneyInput.Operations)]);

        input.Operations[0].Purpose = "Search guests by last name; Mews support pointed us to it";
        Assert.True((await Connector.Journey.SaveJourneyAsync(id, input, "Jana")).Succeeded);
        var line = """{"timeUtc":"2026-11-28T08:00:00Z","method":"POST","url":"https://api.mews-demo.com/api/connector/v1/customers/getAll/2025-01-01","status":200,"durationMs":80,"requestBody":{"ClientToken":"c","AccessToken":"a","Client":"Concierge MCP 1.3.0","LastNames":["Novák"]}}""";
        var run = (await Connector.Runs.ImportAsync(id, JsonLinesLog.Read(new StringReader(line)), "mcp.jsonl", RunSource.Import, "Jana")).Value;

        var s2 = (await Connector.Reviews.RunReviewAsync(id, run))!.Report.Checks.Single(c => c.Id == "S2");
        Assert.True(s2.Passed);
        Assert.Contains("declared because \"Search guests by last name", Assert.Single(s2.Findings).Message);
    }
}
