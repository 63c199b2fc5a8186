using Bunit;
using ChannelManagerDashboard.Domain.Projects;
using ChannelManagerDashboard.Features.ConnectorReview;
using ChannelManagerDashboard.Features.ConnectorReview.Sample;
using ChannelManagerDashboard.Features.Projects;
using ChannelManagerDashboard.Features.TestTracker;
using ChannelManagerDashboard.Tests.Support;

namespace ChannelManagerDashboard.Tests.Features.Projects;

public sealed class ProjectOverviewPageTests : ComponentTest
{
    [Fact]
    public async Task A_save_refused_over_someone_elses_change_shows_their_value_beside_yours()
    {
        var id = await CreateProjectAsync();
        var page = RenderWithProviders<ProjectOverviewPage>(p => p.Add(x => x.ProjectId, id));
        (await page.WaitForElementAsync("#pilot-property")).Input("Hotel Mine");

        var stored = ProjectInput.From((await Get<ProjectService>().GetAsync(id))!);
        var theirs = stored.Copy();
        theirs.PilotPropertyName = "Hotel Theirs";
        Assert.True((await Get<ProjectService>().UpdateAsync(id, theirs, stored, "Petr")).Succeeded);
        page.Find("#save-project").Click();

        var row = await page.WaitForElementAsync("#conflict-details tr[data-conflict='Pilot property']");
        Assert.Equal("Hotel Mine", row.QuerySelector(".conflict-yours")!.TextContent);
        Assert.Equal("Hotel Theirs", row.QuerySelector(".conflict-theirs")!.TextContent);
        Assert.Equal("Hotel Mine", page.Find("#pilot-property").GetAttribute("value"));
    }

    [Fact]
    public async Task Archiving_asks_first_and_the_notice_can_undo_it()
    {
        var id = await CreateProjectAsync();
        var page = RenderWithProviders<ProjectOverviewPage>(p => p.Add(x => x.ProjectId, id));

        (await page.WaitForElementAsync("#archive-project")).Click();
        await Dialogs.WaitForAssertionAsync(() => Assert.Contains("Archive this project?", Dialogs.Markup));
        Dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Cancel").Click();
        Assert.False((await Get<ProjectService>().GetAsync(id))!.IsArchived);

        page.Find("#archive-project").Click();
        await Dialogs.WaitForAssertionAsync(() => Dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Archive").Click());
        await page.WaitForElementAsync("#archived-badge");
        Assert.True((await Get<ProjectService>().GetAsync(id))!.IsArchived);

        await Notices.WaitForAssertionAsync(() => Notices.FindAll("button").Single(b => b.TextContent.Trim() == "Undo").Click());
        await page.WaitForAssertionAsync(() => Assert.Empty(page.FindAll("#archived-badge")));
        Assert.False((await Get<ProjectService>().GetAsync(id))!.IsArchived);
    }

    [Fact]
    public async Task An_automatic_pass_is_counted_as_waiting_for_a_person()
    {
        var id = await CreateProjectAsync();
        await Get<TestTrackerService>().RecordAsync(id, "INV-01", TestStatus.Passed, "automatic", "Play Mews", needsHumanCheck: true);

        var page = RenderWithProviders<ProjectOverviewPage>(p => p.Add(x => x.ProjectId, id));

        Assert.Contains("0 passed and confirmed · 1 passed by Play Mews, waiting for your check", (await page.WaitForElementAsync("#test-counts")).TextContent);
        Assert.Contains("1 passed, needs your check", page.Find("#test-results-chart figcaption").TextContent);
    }

    [Fact]
    public async Task With_every_required_test_confirmed_the_overview_says_the_good_news_without_a_link_to_failures()
    {
        var id = await CreateProjectAsync();
        foreach (var test in TestCatalog.All.Where(t => t.Required))
            await Get<TestTrackerService>().RecordAsync(id, test.Id, TestStatus.Passed, "seen in the extranet", "Jana");

        var page = RenderWithProviders<ProjectOverviewPage>(p => p.Add(x => x.ProjectId, id));

        var required = await page.WaitForElementAsync("#required-tests");
        Assert.Equal("Every required test has passed and is confirmed.", required.TextContent.Trim());
        Assert.Empty(required.QuerySelectorAll("a"));
    }

    [Fact]
    public async Task One_open_required_test_is_counted_in_the_singular_with_a_link_to_it()
    {
        var id = await CreateProjectAsync();
        foreach (var test in TestCatalog.All.Where(t => t.Required).Skip(1))
            await Get<TestTrackerService>().RecordAsync(id, test.Id, TestStatus.Passed, "seen in the extranet", "Jana");

        var page = RenderWithProviders<ProjectOverviewPage>(p => p.Add(x => x.ProjectId, id));

        var required = await page.WaitForElementAsync("#required-tests");
        Assert.StartsWith("1 required test not passed and confirmed yet.", required.TextContent.Trim());
        Assert.Equal("See what still needs work", required.QuerySelector("a")!.TextContent.Trim());
        Assert.DoesNotContain("(s)", page.Markup);
    }

    [Fact]
    public async Task A_Connector_project_shows_its_journey_and_runs_and_nothing_of_a_channel_manager()
    {
        var input = Support.Services.ValidInput("Acme Revenue");
        input.Kind = ProjectKind.Connector;
        var id = await CreateProjectAsync(input);
        var run = (await Get<ConnectorRunService>().AddSampleAsync(id, SampleVersion.WithMistakes, "Jana")).Value;

        var page = RenderWithProviders<ProjectOverviewPage>(p => p.Add(x => x.ProjectId, id));

        var card = await page.WaitForElementAsync("#connector-overview");
        Assert.Contains("Mews certifies a Connector API integration from how it really runs", card.TextContent);
        Assert.Matches(@"^\d/8 journey steps done$", page.Find("#connector-summary").TextContent);
        Assert.Equal($"projects/{id}/connector", page.Find("#open-journey").GetAttribute("href"));
        var listed = page.Find($"#connector-runs [data-run='{run}']");
        Assert.Equal($"projects/{id}/connector/runs/{run}", listed.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("newest review:", listed.TextContent);
        Assert.Contains("Certifies the Connector API.", page.Find("#project-kind-text").TextContent);
        Assert.DoesNotContain("Channel Manager", page.Markup);
        Assert.Empty(page.FindAll("#pilot-property, #environment, #endpoint-base-url, #mews-summary, #preparation-progress, #test-counts"));
    }

    [Fact]
    public async Task A_Channel_Manager_project_keeps_its_own_details()
    {
        var id = await CreateProjectAsync();

        var page = RenderWithProviders<ProjectOverviewPage>(p => p.Add(x => x.ProjectId, id));

        Assert.Contains("Certifies the Channel Manager API.", (await page.WaitForElementAsync("#project-kind-text")).TextContent);
        Assert.NotEmpty(page.FindAll("#pilot-property"));
        Assert.NotEmpty(page.FindAll("#endpoint-base-url"));
        Assert.Empty(page.FindAll("#connector-overview"));
    }

    [Fact]
    public async Task An_unknown_project_says_so_and_leads_back()
    {
        var page = RenderWithProviders<ProjectOverviewPage>(p => p.Add(x => x.ProjectId, 404));

        var missing = await page.WaitForElementAsync("#project-missing");
        Assert.Contains("There is no project 404", missing.TextContent);
        Assert.Contains("Go to the project list", missing.QuerySelector("a")!.TextContent);
    }
}
