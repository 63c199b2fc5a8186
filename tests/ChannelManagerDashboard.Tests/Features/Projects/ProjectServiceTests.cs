using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Domain.Mews;
using ChannelManagerDashboard.Features.Preparation;
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

        var result = await Services.Projects.CreateAsync(input, "Jana");

        Assert.Equal(ResultKind.Invalid, result.Kind);
        Assert.Contains("PARTNER-1", result.Errors[nameof(ProjectInput.PartnerId)]);
        Assert.Contains("https://", result.Errors[nameof(ProjectInput.EndpointBaseUrl)]);
        Assert.Empty(await Services.Projects.ListAsync(includeArchived: true, [1]));
    }

    [Fact]
    public async Task Rename_updates_the_time_and_leaves_the_endpoints_alone()
    {
        var id = await Services.CreateProjectAsync();
        await SetEndpointAsync(id, "https://custom.example.com/ari/prices");
        Clock.Now = Clock.Now.AddHours(2);

        var result = await Services.Projects.UpdateAsync(id, Services.ValidInput("Acme CM – renamed"), Services.ValidInput(), "Jana");

        Assert.True(result.Succeeded);
        Assert.Empty(result.Notices);
        var project = await Services.Projects.GetAsync(id);
        Assert.Equal("Acme CM – renamed", project!.Name);
        Assert.Equal(Clock.Now, project.UpdatedAt);
        Assert.Equal("https://custom.example.com/ari/prices", project.Endpoints.UpdatePrices);
    }

    [Fact]
    public async Task A_new_base_url_moves_default_and_empty_urls_and_keeps_custom_ones()
    {
        var id = await Services.CreateProjectAsync();
        await SetEndpointAsync(id, "https://custom.example.com/ari/prices");
        var input = Services.ValidInput();
        input.EndpointBaseUrl = "https://cm2.example.com/api/";

        var result = await Services.Projects.UpdateAsync(id, input, Services.ValidInput(), "Jana");

        Assert.Contains("4 endpoint URLs now use the new base URL", Assert.Single(result.Notices));
        var project = await Services.Projects.GetAsync(id);
        Assert.Equal("https://cm2.example.com/api/confirmGroup", project!.Endpoints.ConfirmBooking);
        Assert.Equal("https://custom.example.com/ari/prices", project.Endpoints.UpdatePrices);
    }

    [Fact]
    public async Task Someone_elses_newer_save_is_not_overwritten()
    {
        var id = await Services.CreateProjectAsync();
        var loadedByBob = Services.ValidInput();
        await Services.Projects.UpdateAsync(id, Services.ValidInput("Alice's name"), loadedByBob, "Jana");

        var bob = await Services.Projects.UpdateAsync(id, Services.ValidInput("Bob's name"), loadedByBob, "Jana");
        var bobAgain = await Services.Projects.UpdateAsync(id, Services.ValidInput("Bob's name"), Services.ValidInput("Alice's name"), "Jana");

        Assert.StartsWith("Someone else changed the name since you opened the page", bob.Errors[Result.ConflictField]);
        Assert.True(bobAgain.Succeeded);
        Assert.Equal("Bob's name", (await Services.Projects.GetAsync(id))!.Name);
    }

    [Fact]
    public async Task Edits_of_different_fields_by_two_people_are_both_kept()
    {
        var id = await Services.CreateProjectAsync();
        var loaded = Services.ValidInput();
        var alice = Services.ValidInput("Alice's name");
        var bob = Services.ValidInput();
        bob.ContactPerson = "Bob";

        Assert.True((await Services.Projects.UpdateAsync(id, alice, loaded, "Jana")).Succeeded);
        Assert.True((await Services.Projects.UpdateAsync(id, bob, loaded, "Jana")).Succeeded);

        var project = await Services.Projects.GetAsync(id);
        Assert.Equal("Alice's name", project!.Name);
        Assert.Equal("Bob", project.ContactPerson);
    }

    [Fact]
    public async Task Archived_projects_leave_the_default_list_and_can_be_restored()
    {
        var keep = await Services.CreateProjectAsync(Services.ValidInput("Keep"));
        var archive = await Services.CreateProjectAsync(Services.ValidInput("Archive me"));

        Assert.True((await Services.Projects.SetArchivedAsync(archive, archived: true, "Jana")).Succeeded);

        Assert.Equal([keep], (await Services.Projects.ListAsync(includeArchived: false, [1])).Select(p => p.Id));
        Assert.Equal(2, (await Services.Projects.ListAsync(includeArchived: true, [1])).Count);
        Assert.True((await Services.Projects.SetArchivedAsync(archive, archived: false, "Jana")).Succeeded);
        Assert.Equal(2, (await Services.Projects.ListAsync(includeArchived: false, [1])).Count);
        Assert.Contains("no longer exists", (await Services.Projects.SetArchivedAsync(9999, archived: true, "Jana")).Message);
    }

    [Fact]
    public async Task The_list_shows_the_most_recently_changed_project_first()
    {
        var older = await Services.CreateProjectAsync(Services.ValidInput("Older"));
        Clock.Now = Clock.Now.AddMinutes(5);
        await Services.CreateProjectAsync(Services.ValidInput("Newer"));
        Clock.Now = Clock.Now.AddMinutes(5);
        await Services.Projects.UpdateAsync(older, Services.ValidInput("Older, edited"), Services.ValidInput("Older"), "Jana");

        var names = (await Services.Projects.ListAsync(includeArchived: false, [1])).Select(p => p.Name);

        Assert.Equal(["Older, edited", "Newer"], names);
    }

    [Fact]
    public async Task Updating_a_missing_project_says_so()
    {
        var result = await Services.Projects.UpdateAsync(404, Services.ValidInput(), Services.ValidInput(), "Jana");

        Assert.False(result.Succeeded);
        Assert.Contains("no longer exists", result.Errors.Values.Single());
    }

    private async Task SetEndpointAsync(int id, string updatePricesUrl)
    {
        var state = (await Services.Preparation.LoadAsync(id))!;
        var typed = PreparationInput.From(state.Project);
        typed.Endpoints.UpdatePrices = updatePricesUrl;
        var saved = await Services.Preparation.SaveStepAsync(id,
            new StepEdit("P2", typed, PreparationInput.From(state.Project), "", "", null), "Jana");
        Assert.True(saved.Succeeded);
    }
}
