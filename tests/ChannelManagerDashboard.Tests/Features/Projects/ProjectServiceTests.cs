using ChannelManagerDashboard.Features.Projects;
using ChannelManagerDashboard.Tests.Support;

namespace ChannelManagerDashboard.Tests.Features.Projects;

public sealed class ProjectServiceTests : DatabaseTest
{
    [Fact]
    public async Task Create_stores_every_field_and_fills_the_endpoints_from_the_base_url()
    {
        var id = await Services.CreateProjectAsync();

        var project = await Reopened().Projects.GetAsync(id);
        Assert.NotNull(project);
        Assert.Equal("Acme CM", project.Name);
        Assert.Equal("INT123456", project.PartnerId);
        Assert.Equal("Hotel Pilot Amsterdam", project.PilotPropertyName);
        Assert.Equal(MewsEnvironment.Demo, project.Environment);
        Assert.Equal("Jana Nováková", project.ContactPerson);
        Assert.Equal(Clock.Now, project.CreatedAt);
        Assert.Equal(Clock.Now, project.UpdatedAt);
        Assert.Equal("https://cm.example.com/mews/updatePrices", project.Endpoints.UpdatePrices);
        Assert.Equal("https://cm.example.com/mews/changeNotificaton", project.Endpoints.ChangeNotification);
    }

    [Fact]
    public async Task Create_refuses_an_invalid_partner_id_and_url_and_saves_nothing()
    {
        var input = Services.ValidInput();
        input.PartnerId = "PARTNER-1";
        input.EndpointBaseUrl = "ftp://cm.example.com";

        var (id, result) = await Services.Projects.CreateAsync(input);

        Assert.Null(id);
        Assert.Contains("PARTNER-1", result.Errors[nameof(ProjectInput.PartnerId)]);
        Assert.Contains("https://", result.Errors[nameof(ProjectInput.EndpointBaseUrl)]);
        Assert.Empty(await Services.Projects.ListAsync(includeArchived: true));
    }

    [Fact]
    public async Task Rename_updates_the_time_and_keeps_typed_endpoints()
    {
        var id = await Services.CreateProjectAsync();
        Clock.Now = Clock.Now.AddHours(2);
        var input = Services.ValidInput("Acme CM – renamed");

        var result = await Services.Projects.UpdateAsync(id, input);

        Assert.True(result.Succeeded);
        Assert.Empty(result.Notices);
        var project = await Services.Projects.GetAsync(id);
        Assert.Equal("Acme CM – renamed", project!.Name);
        Assert.Equal(Clock.Now, project.UpdatedAt);
        Assert.Equal("https://cm.example.com/mews/updateAvailability", project.Endpoints.UpdateAvailability);
    }

    [Fact]
    public async Task A_new_base_url_fills_only_empty_endpoints_and_says_so()
    {
        var input = Services.ValidInput();
        input.EndpointBaseUrl = "";
        var id = await Services.CreateProjectAsync(input);
        input.EndpointBaseUrl = "https://cm2.example.com/api/";

        var result = await Services.Projects.UpdateAsync(id, input);

        Assert.Contains("5 empty endpoint URL(s)", Assert.Single(result.Notices));
        var project = await Services.Projects.GetAsync(id);
        Assert.Equal("https://cm2.example.com/api/confirmGroup", project!.Endpoints.ConfirmBooking);
    }

    [Fact]
    public async Task Archived_projects_leave_the_default_list_and_can_be_restored()
    {
        var keep = await Services.CreateProjectAsync(Services.ValidInput("Keep"));
        var archive = await Services.CreateProjectAsync(Services.ValidInput("Archive me"));

        Assert.True(await Services.Projects.SetArchivedAsync(archive, archived: true));

        Assert.Equal([keep], (await Services.Projects.ListAsync(includeArchived: false)).Select(p => p.Id));
        Assert.Equal(2, (await Services.Projects.ListAsync(includeArchived: true)).Count);
        Assert.True(await Services.Projects.SetArchivedAsync(archive, archived: false));
        Assert.Equal(2, (await Services.Projects.ListAsync(includeArchived: false)).Count);
        Assert.False(await Services.Projects.SetArchivedAsync(9999, archived: true));
    }

    [Fact]
    public async Task The_list_shows_the_most_recently_changed_project_first()
    {
        var older = await Services.CreateProjectAsync(Services.ValidInput("Older"));
        Clock.Now = Clock.Now.AddMinutes(5);
        await Services.CreateProjectAsync(Services.ValidInput("Newer"));
        Clock.Now = Clock.Now.AddMinutes(5);
        await Services.Projects.UpdateAsync(older, Services.ValidInput("Older, edited"));

        var names = (await Services.Projects.ListAsync(includeArchived: false)).Select(p => p.Name);

        Assert.Equal(["Older, edited", "Newer"], names);
    }

    [Fact]
    public async Task Updating_a_missing_project_says_so()
    {
        var result = await Services.Projects.UpdateAsync(404, Services.ValidInput());

        Assert.False(result.Succeeded);
        Assert.Contains("no longer exists", result.Errors.Values.Single());
    }
}
