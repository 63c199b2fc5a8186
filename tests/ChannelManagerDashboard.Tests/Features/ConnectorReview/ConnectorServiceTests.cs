using ChannelManagerDashboard.Domain.Projects;
using ChannelManagerDashboard.Features.ConnectorReview;
using ChannelManagerDashboard.Features.ConnectorReview.Sample;
using ChannelManagerDashboard.Hosting.Outbound;
using ChannelManagerDashboard.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ChannelManagerDashboard.Tests.Features.ConnectorReview;

public sealed class ConnectorServiceTests : DatabaseTest
{
    private readonly ConnectorService connector;

    public ConnectorServiceTests() => connector = Connector(Database, Clock);

    /// <param name="outbound">The rule the proxy's upstream is judged by; by default loopback is allowed, where the tests' fake Mews runs.</param>
    public static ConnectorService Connector(TempDatabase database, TimeProvider clock, ProjectSignals? signals = null, OutboundNetworkRule? outbound = null) =>
        new(database.Factory, ConnectorCatalog.Shipped, new ReviewCache(), signals ?? new ProjectSignals(), outbound ?? LoopbackRule.Allowed, clock, new ListLogger<ConnectorService>());

    private Task<int> CreateConnectorProjectAsync()
    {
        var input = Services.ValidInput("Acme Revenue");
        input.Kind = ProjectKind.Connector;
        input.EndpointBaseUrl = "";
        return Services.CreateProjectAsync(input);
    }

    [Fact]
    public async Task A_new_Connector_project_starts_with_every_step_open_and_the_sample_fills_an_empty_declaration()
    {
        var id = await CreateConnectorProjectAsync();
        var view = (await connector.LoadAsync(id))!;
        Assert.Equal(ProjectKind.Connector, view.Project.Kind);
        Assert.Equal(["C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8"], view.Steps.Select(s => s.Code));
        Assert.All(view.Steps, s => Assert.False(s.Done, s.Code));

        var added = await connector.AddSampleAsync(id, SampleVersion.Clean, "Jana");

        Assert.True(added.Succeeded, added.Message);
        Assert.Contains(added.Notices, n => n.Contains("now lists the sample's operations", StringComparison.Ordinal));
        view = (await connector.LoadAsync(id))!;
        Assert.True(view.NewestReview!.Passed);
        Assert.True(view.Steps.Single(s => s.Code == "C5").Done);
        Assert.True(view.Steps.Single(s => s.Code == "C6").Done);
        Assert.True(view.Steps.Single(s => s.Code == "C2").Done);
    }

    [Fact]
    public async Task An_import_leaves_bad_lines_out_and_says_how_many_and_a_file_without_calls_is_refused()
    {
        var id = await CreateConnectorProjectAsync();
        var lines = SampleIntegration.JsonLines(SampleVersion.Clean).Take(50).ToList();
        lines.Insert(10, "{\"timeUtc\":\"yesterday\"}");
        lines.Insert(20, "garbage");

        var result = await connector.ImportAsync(id, JsonLinesLog.Read(new StringReader(string.Join('\n', lines))), "partner.jsonl", RunSource.Import, "Jana");

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal("50 calls imported; 2 bad lines left out.", Assert.Single(result.Notices));
        var review = (await connector.RunReviewAsync(id, result.Value))!;
        Assert.Equal((50, 2), (review.Report.Calls, review.Report.BadLines));
        Assert.Equal([11, 21], ConnectorService.BadLinesOf(review.Run).Select(b => b.Line));
        await using (var db = await Database.Factory.CreateDbContextAsync())
        {
            Assert.Equal(Enumerable.Range(0, 50), await db.ConnectorCalls.Where(c => c.RunId == result.Value).OrderBy(c => c.Index).Select(c => c.Index).ToListAsync());
            Assert.DoesNotContain(await db.ConnectorCalls.Select(c => c.RequestBody).ToListAsync(), body => body.Contains("7059D2C25BF64EA6", StringComparison.Ordinal));
        }

        var empty = await connector.ImportAsync(id, JsonLinesLog.Read(new StringReader("nope\n")), "empty", RunSource.Import, "Jana");
        Assert.False(empty.Succeeded);
        Assert.Contains("Line 1: the line is not JSON", empty.Message);
        await using var check = await Database.Factory.CreateDbContextAsync();
        Assert.Equal(1, await check.ConnectorRuns.CountAsync());
    }

    [Fact]
    public async Task The_declaration_is_checked_against_the_catalogue_and_a_changed_one_changes_the_review()
    {
        var id = await CreateConnectorProjectAsync();
        var refused = await connector.SaveJourneyAsync(id, new JourneyInput
        {
            UseCases = ["Revenue management"],
            Operations = [new OperationInput { Name = "reservations/GetAll" }],
            MewsAddress = "http://api.mews-demo.com",
        }, "Jana");
        Assert.False(refused.Succeeded);
        Assert.Contains("reservations/GetAll", refused.Errors[nameof(JourneyInput.Operations)]);
        Assert.Contains("Use https", refused.Errors[nameof(JourneyInput.MewsAddress)]);

        var run = (await connector.AddSampleAsync(id, SampleVersion.Clean, "Jana")).Value;
        Assert.True((await connector.RunReviewAsync(id, run))!.Report.Passed);
        var input = JourneyInput.From((await connector.LoadAsync(id))!.Journey);
        input.Operations.RemoveAll(o => o.Name == "rates/updatePrice");
        Assert.True((await connector.SaveJourneyAsync(id, input, "Jana")).Succeeded);

        var reviewed = (await connector.RunReviewAsync(id, run))!;
        var review = reviewed.Report;
        var s2 = review.Checks.Single(c => c.Id == "S2");
        Assert.False(s2.Passed);
        Assert.Contains(s2.Findings, f => f.Message.StartsWith("rates/updatePrice is called", StringComparison.Ordinal));
        // The run is still named clean; the page says why it fails here.
        Assert.StartsWith("Built-in clean sample, reviewed against this project's declaration: it fails S2 Workflow fit", SampleVerdict.Explain(reviewed.Run, review));
        var again = await connector.AddSampleAsync(id, SampleVersion.Clean, "Jana");
        Assert.Contains(again.Notices, n => n.StartsWith("Your declaration was kept, so the sample is reviewed against it", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("https://169.254.169.254", "169.254.169.254: it is a link-local address", "PlayMews:AllowedNetworks")]
    [InlineData("https://10.0.0.1:8443", "10.0.0.1: it is a private network address", "PlayMews:AllowedNetworks")]
    [InlineData("https://[fd00::1]", "fd00::1: it is a private network address", "PlayMews:AllowedNetworks")]
    [InlineData("https://0x7f.1", "127.0.0.1: it is a loopback address", "PlayMews:AllowLoopback")]
    public async Task A_proxy_address_inside_a_network_or_on_this_machine_is_refused_when_saved_and_says_why(string address, string why, string setting)
    {
        var guarded = Connector(Database, Clock, outbound: OutboundNetworkRule.Default);
        var id = await CreateConnectorProjectAsync();

        var refused = await guarded.SaveJourneyAsync(id, new JourneyInput { MewsAddress = address }, "Jana");

        Assert.False(refused.Succeeded);
        var message = refused.Errors[nameof(JourneyInput.MewsAddress)];
        Assert.StartsWith("The proxy does not forward there. The dashboard does not connect to " + why, message);
        Assert.Contains(setting, message);
        Assert.Equal(ConnectorJourney.DemoAddress, (await guarded.LoadAsync(id))!.Journey.MewsAddress);
    }

    [Fact]
    public async Task A_recording_does_not_start_when_the_rule_no_longer_allows_the_saved_address()
    {
        var id = await CreateConnectorProjectAsync();
        Assert.True((await connector.SaveJourneyAsync(id, new JourneyInput { MewsAddress = "http://127.0.0.1:9" }, "Jana")).Succeeded);

        var refused = await Connector(Database, Clock, outbound: OutboundNetworkRule.Default).StartRecordingAsync(id, "Jana");

        Assert.False(refused.Succeeded);
        Assert.Contains("it is a loopback address", refused.Errors[nameof(JourneyInput.MewsAddress)]);
        Assert.True((await connector.StartRecordingAsync(id, "Jana")).Succeeded);
    }

    [Fact]
    public async Task An_undocumented_operation_on_the_journey_is_saved_with_its_purpose_as_the_reason_and_reviewed_as_a_warning()
    {
        var id = await CreateConnectorProjectAsync();
        var input = new JourneyInput
        {
            UseCases = ["Customer management"],
            Operations = [new OperationInput { Name = "customers/getAll/2025-01-01", Frequency = "When a guest asks" }],
        };
        var refused = await connector.SaveJourneyAsync(id, input, "Jana");
        Assert.False(refused.Succeeded);
        Assert.Contains("give the reason in its purpose", refused.Errors[nameof(JourneyInput.Operations)]);

        input.Operations[0].Purpose = "Search guests by last name; Mews support pointed us to it";
        Assert.True((await connector.SaveJourneyAsync(id, input, "Jana")).Succeeded);
        var line = """{"timeUtc":"2026-11-28T08:00:00Z","method":"POST","url":"https://api.mews-demo.com/api/connector/v1/customers/getAll/2025-01-01","status":200,"durationMs":80,"requestBody":{"ClientToken":"c","AccessToken":"a","Client":"Concierge MCP 1.3.0","LastNames":["Novák"]}}""";
        var run = (await connector.ImportAsync(id, JsonLinesLog.Read(new StringReader(line)), "mcp.jsonl", RunSource.Import, "Jana")).Value;

        var s2 = (await connector.RunReviewAsync(id, run))!.Report.Checks.Single(c => c.Id == "S2");
        Assert.True(s2.Passed);
        Assert.Contains("declared because \"Search guests by last name", Assert.Single(s2.Findings).Message);
    }

    [Fact]
    public void The_form_text_lists_the_partner_the_operations_with_purpose_and_frequency_and_the_load()
    {
        var project = new CertificationProject { Name = "Acme Revenue", PartnerId = "INT777", ContactPerson = "Jana" };
        var journey = new JourneyInput { UseCases = ["Revenue management"], ExpectedLoad = "40 properties",
            Operations = [new OperationInput { Name = "reservations/getAll/2023-06-06", Purpose = "Forecast", Frequency = "Every 30 minutes" }] }
            .ApplyTo(new ConnectorJourney(), ConnectorCatalog.Shipped);

        var text = ConnectorSteps.FormText(project, journey);

        Assert.Contains("Partner ID: INT777", text);
        Assert.Contains("- reservations/getAll/2023-06-06: Forecast; Every 30 minutes", text);
        Assert.Contains("Expected load: 40 properties", text);
        Assert.Contains("Use cases: Revenue management", text);
    }

    [Fact]
    public void A_use_case_proposes_its_operations_once()
    {
        var input = new JourneyInput();
        var useCase = ConnectorCatalog.Shipped.UseCase("Revenue management")!;

        Assert.Equal(useCase.Operations.Count, input.Propose(useCase));
        Assert.Equal(0, input.Propose(useCase));
        Assert.Contains(input.Operations, o => o.Name == "rates/updatePrice");
    }

    [Fact]
    public async Task The_review_exports_as_Markdown_and_HTML_naming_calls_without_tokens()
    {
        var id = await CreateConnectorProjectAsync();
        var run = (await connector.AddSampleAsync(id, SampleVersion.WithMistakes, "Jana")).Value;
        var review = (await connector.RunReviewAsync(id, run))!;

        var markdown = ReviewDocument.Markdown(review);
        var html = await ReportFiles.ReviewAsync(review);

        Assert.Contains("## S9 Deprecations: failed", markdown);
        Assert.Contains("  - call #", markdown);
        Assert.Contains("| customers/getAll |", markdown);
        Assert.Contains("<svg viewBox", html);
        Assert.Contains("id=\"S4\"", html);
        Assert.DoesNotContain("7059D2C25BF64EA6", markdown + html);
        Assert.DoesNotContain("E0D439EE522F4436", markdown + html);
    }
}
