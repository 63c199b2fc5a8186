using ChannelManagerDashboard.Domain.Mews;
using ChannelManagerDashboard.Features.GoLive;

namespace ChannelManagerDashboard.Tests.Features.GoLive;

public sealed class GoLiveRulesTests
{
    private static readonly CmEndpoints Demo = CmEndpoints.FromBase("https://demo.cm.example.com/mews");

    [Fact]
    public void Unique_https_production_URLs_apart_from_the_demo_ones_are_ready() =>
        Assert.Empty(GoLiveRules.EndpointProblems(CmEndpoints.FromBase("https://cm.example.com/mews"), Demo));

    [Fact]
    public void A_demo_URL_an_http_URL_a_shared_URL_and_a_missing_one_are_each_named()
    {
        var production = CmEndpoints.FromBase("https://cm.example.com/mews");
        production.UpdateAvailability = Demo.UpdateAvailability + "/";
        production.UpdatePrices = "http://127.0.0.1:5000/updatePrices";
        production.ConfirmBooking = "";
        production.UpdateRestrictions = "https://cm.example.com/mews/same";
        production.ChangeNotification = "https://cm.example.com/mews/same";

        var problems = GoLiveRules.EndpointProblems(production, Demo);

        Assert.Equal(4, problems.Count);
        Assert.Contains(problems, p => p.StartsWith("Update availability: this is a demo endpoint URL", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Update prices: production endpoints must use https", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Confirm booking: enter the production URL", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Change notification: the same URL as Update restrictions", StringComparison.Ordinal));
    }

    [Fact]
    public void Garbage_in_a_URL_field_is_explained() =>
        Assert.Contains(GoLiveRules.EndpointProblems(new CmEndpoints { UpdateAvailability = "cm dot example", UpdatePrices = "https://a.example/p", UpdateRestrictions = "https://a.example/r", ConfirmBooking = "https://a.example/c" }, Demo),
            p => p.Contains("'cm dot example' is not an absolute URL", StringComparison.Ordinal));

    [Fact]
    public void The_checklist_ticks_each_line_when_what_it_asks_for_is_there()
    {
        var plan = new GoLivePlan { ProductionEndpoints = CmEndpoints.FromBase("https://cm.example.com/mews"), PilotPropertyName = "Hotel Pilot", PilotStart = new(2027, 1, 4), PilotEnd = new(2027, 2, 1) };

        Assert.All(GoLiveRules.Checklist(plan, Demo, hasToken: true), item => Assert.True(item.Done, item.Id));
        var open = GoLiveRules.Checklist(new GoLivePlan(), Demo, hasToken: false);
        Assert.All(open, item => Assert.False(item.Done, item.Id));
        Assert.All(open, item => Assert.NotEmpty(item.Problems));
    }

    [Fact]
    public void A_pilot_that_ends_before_it_starts_is_refused() =>
        Assert.Contains("before it starts", Assert.Single(GoLiveRules.PilotProblems(new GoLivePlan { PilotStart = new(2027, 2, 1), PilotEnd = new(2027, 1, 1) })));

    [Fact]
    public void The_production_token_must_look_like_one_and_may_not_be_the_demo_token()
    {
        Assert.True(GoLiveRules.CheckToken(new Secret("PROD-1234567890ABCDEF"), new Secret("DEMO-1234567890ABCDEF")).Succeeded);
        Assert.Contains("demo client token", GoLiveRules.CheckToken(new Secret("DEMO-1234567890ABCDEF"), new Secret("DEMO-1234567890ABCDEF")).Errors[nameof(GoLiveInput.ClientToken)]);
        Assert.Contains("no spaces", GoLiveRules.CheckToken(new Secret("PROD 1234567890"), null).Errors[nameof(GoLiveInput.ClientToken)]);
        Assert.Contains("too short", GoLiveRules.CheckToken(new Secret("abc"), null).Errors[nameof(GoLiveInput.ClientToken)]);
    }
}
