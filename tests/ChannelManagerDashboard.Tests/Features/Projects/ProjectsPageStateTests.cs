using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Features.Accounts;
using ChannelManagerDashboard.Features.Accounts.Teams;
using ChannelManagerDashboard.Features.Projects;
using ChannelManagerDashboard.Tests.Support;

namespace ChannelManagerDashboard.Tests.Features.Projects;

public sealed class ProjectsPageStateTests : DatabaseTest
{
    private static readonly TeamRole Member = new(1, "Acme", DashboardRoles.Member);

    [Fact]
    public async Task A_viewer_in_every_team_may_create_nowhere()
    {
        var page = new ProjectsPageState(Services.Projects);
        await page.LoadAsync([new TeamRole(1, "Acme", DashboardRoles.Viewer)]);

        Assert.True(page.Loaded);
        Assert.Empty(page.Creatable);
        Assert.Equal(0, page.TeamId);
        Assert.Equal(ResultKind.Invalid, (await page.CreateAsync("Jana")).Kind);
        Assert.Empty(await Services.Projects.ListAsync(includeArchived: true, [1]));
    }

    [Fact]
    public async Task A_created_project_empties_the_form_and_leads_to_its_journey()
    {
        var page = new ProjectsPageState(Services.Projects);
        await page.LoadAsync([Member]);
        var valid = Services.ValidInput();
        (page.Input.Name, page.Input.PartnerId, page.Input.PilotPropertyName) = (valid.Name, valid.PartnerId, valid.PilotPropertyName);
        (page.Input.Environment, page.Input.EndpointBaseUrl, page.Input.ContactPerson) = (valid.Environment, valid.EndpointBaseUrl, valid.ContactPerson);
        Assert.True(page.HasChanges);

        var created = await page.CreateAsync("Jana");

        var id = Assert.Single(await Services.Projects.ListAsync(includeArchived: false, [1])).Id;
        Assert.Equal($"projects/{id}/setup", created.Value);
        Assert.False(page.HasChanges);
    }

    [Fact]
    public async Task A_refused_project_keeps_the_form_and_shows_the_errors_by_field()
    {
        var page = new ProjectsPageState(Services.Projects);
        await page.LoadAsync([Member]);
        page.Input.Name = "Acme CM";
        page.Input.PartnerId = "PARTNER-1";

        var created = await page.CreateAsync("Jana");

        Assert.Null(created.Value);
        Assert.Contains("PARTNER-1", page.Errors![nameof(ProjectInput.PartnerId)]);
        Assert.True(page.HasChanges);
    }

    [Fact]
    public async Task Archived_projects_show_only_when_asked_for()
    {
        var id = await Services.CreateProjectAsync();
        await Services.Projects.SetArchivedAsync(id, true, "Jana");
        var page = new ProjectsPageState(Services.Projects);
        await page.LoadAsync([Member]);

        Assert.Empty(page.Projects!);
        await page.ShowArchivedAsync(true);
        Assert.Equal([id], page.Projects!.Select(p => p.Id));
        Assert.Equal("Acme", page.TeamName(1));
    }
}
