using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Features.PlayMews;
using ChannelManagerDashboard.Features.Preparation;
using ChannelManagerDashboard.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ChannelManagerDashboard.Tests.Features.Preparation;

/// <summary>P2's probe over loopback against endpoints that answer right, answer wrong and answer nothing.</summary>
[Collection(HarnessCollection.Name)]
public sealed class EndpointProbeServiceTests : DatabaseTest, IAsyncLifetime
{
    private LoopbackServer cm = default!;
    private readonly List<string> bodies = [];

    public async Task InitializeAsync() => cm = await LoopbackServer.StartAsync(app =>
    {
        app.MapPost("/good/{operation}", async (HttpRequest request) =>
        {
            bodies.Add(await new StreamReader(request.Body).ReadToEndAsync());
            return Results.Json(new { success = false, errors = new[] { new { code = 3, message = "The connection token is not one this channel manager knows." } } });
        });
        app.MapPost("/good/updatePrices", () => Results.Json(new { success = true }));
        app.MapPost("/bad/{operation}", () => Results.Content("<html>maintenance</html>", "text/html"));
        app.MapPost("/broken/{operation}", () => Results.StatusCode(500));
    });

    public async Task DisposeAsync() => await cm.DisposeAsync();

    private EndpointProbeService Probe() => new(Database.Factory, new CmRequestSender(CmRequestSender.CreateHttpClient(LoopbackRule.Allowed)), new HarnessSettings(), Services.Preparation, Clock,
        new ListLogger<EndpointProbeService>());

    private async Task<int> ProjectAsync(string basePath)
    {
        var input = Services.ValidInput();
        input.EndpointBaseUrl = new Uri(cm.BaseAddress, basePath).ToString().TrimEnd('/');
        return await Services.CreateProjectAsync(input);
    }

    [Fact]
    public async Task Endpoints_that_answer_a_valid_success_or_error_tick_P2_by_themselves_and_get_no_real_token()
    {
        var id = await ProjectAsync("good");

        var probed = await Probe().ProbeAsync(id, "jana", CancellationToken.None);

        Assert.True(probed.Succeeded, probed.Message);
        Assert.Equal(5, probed.Value!.Count);
        Assert.All(probed.Value!, p => Assert.True(p.Answer.Succeeded, p.Answer.Message));
        Assert.Contains("P2 is done.", probed.Notices);
        Assert.Equal(StepStatus.Done, (await Services.Preparation.LoadAsync(id))!["P2"].Status);
        Assert.All(bodies, body => Assert.Contains(EndpointProbeService.ProbeClientToken, body));
    }

    [Fact]
    public async Task An_HTML_page_or_a_500_is_named_per_endpoint_and_P2_stays_open()
    {
        var id = await ProjectAsync("bad");

        var probed = await Probe().ProbeAsync(id, "jana", CancellationToken.None);

        Assert.All(probed.Value!, p => Assert.False(p.Answer.Succeeded));
        Assert.Contains("not JSON", probed.Value![0].Answer.Message);
        var state = (await Services.Preparation.LoadAsync(id))!;
        Assert.NotEqual(StepStatus.Done, state["P2"].Status);
        Assert.Contains(StepRules.Unmet("P2", state.Project, state.Facts), u => u.StartsWith("Update availability did not answer the probe right", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_probed_P2_reopens_with_a_notice_when_a_URL_moves_to_an_endpoint_that_fails()
    {
        var id = await ProjectAsync("good");
        await Probe().ProbeAsync(id, "jana", CancellationToken.None);
        var state = (await Services.Preparation.LoadAsync(id))!;
        var typed = PreparationInput.From(state.Project);
        typed.Endpoints.UpdatePrices = new Uri(cm.BaseAddress, "broken/updatePrices").ToString();

        var saved = await Services.Preparation.SaveStepAsync(id, new StepEdit("P2", typed, PreparationInput.From(state.Project), "", "", null), "petr");

        Assert.Contains(saved.Notices, n => n.StartsWith("P2 went back to In progress", StringComparison.Ordinal));
        var reprobed = await Probe().ProbeAsync(id, "petr", CancellationToken.None);
        Assert.Contains("HTTP 500", reprobed.Value!.Single(p => p.Label == "Update prices").Answer.Message);
    }

    [Fact]
    public async Task Nothing_to_probe_and_a_missing_project_are_said_plainly()
    {
        var input = Services.ValidInput();
        input.EndpointBaseUrl = "";
        var id = await Services.CreateProjectAsync(input);

        Assert.Equal(ResultKind.Invalid, (await Probe().ProbeAsync(id, "jana", CancellationToken.None)).Kind);
        Assert.Equal(ResultKind.Missing, (await Probe().ProbeAsync(999, "jana", CancellationToken.None)).Kind);
    }
}
