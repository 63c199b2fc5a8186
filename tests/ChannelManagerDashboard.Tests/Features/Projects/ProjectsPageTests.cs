using Bunit;
using ChannelManagerDashboard.Features.Accounts;
using ChannelManagerDashboard.Features.Projects;
using ChannelManagerDashboard.Tests.Support;
using Microsoft.AspNetCore.Components;

namespace ChannelManagerDashboard.Tests.Features.Projects;

public sealed class ProjectsPageTests : ComponentTest
{
    [Fact]
    public void A_new_user_sees_the_empty_list_say_what_to_do()
    {
        var page = RenderWithProviders<ProjectsPage>();

        Assert.Contains("Create the first one below", page.Find("#no-projects").TextContent);
    }

    [Fact]
    public void A_viewer_is_told_what_a_viewer_can_do_instead_of_to_create_a_project()
    {
        SignedInAs(DashboardRoles.Viewer);

        var page = RenderWithProviders<ProjectsPage>();

        var intro = page.Find("#projects-intro").TextContent;
        Assert.Contains("Open a project your team shares with you", intro);
        Assert.Contains("ask an owner or member of your team to create it", intro);
        Assert.DoesNotContain("Create one to start", intro);
        Assert.Empty(page.FindAll("#create-project"));
    }

    [Fact]
    public async Task A_refused_Partner_ID_is_explained_on_its_field_and_what_was_typed_stays()
    {
        var page = RenderWithProviders<ProjectsPage>();
        page.Find("#project-name").Input("Acme CM");
        page.Find("#partner-id").Input("ACME-1");

        page.Find("#create-project").Click();

        await page.WaitForAssertionAsync(() => Assert.Contains("INT followed by digits", page.Find(".mud-input-error .mud-input-helper-text, .mud-input-helper-text.mud-input-error").TextContent));
        Assert.Equal("Acme CM", page.Find("#project-name").GetAttribute("value"));
        Assert.Equal("ACME-1", page.Find("#partner-id").GetAttribute("value"));
        Assert.EndsWith("/", Get<NavigationManager>().Uri);
    }

    [Theory]
    [InlineData("int-12ab")]
    [InlineData("INT-99x")]
    [InlineData("12345")]
    public async Task Create_with_a_malformed_Partner_ID_marks_the_field_with_the_format_keeps_it_and_focuses_it(string typed)
    {
        var page = RenderWithProviders<ProjectsPage>();
        page.Find("#project-name").Input("Acme CM");
        page.Find("#partner-id").Input(typed);

        page.Find("#create-project").Click();

        await page.WaitForAssertionAsync(() => Assert.Contains($"'{typed}' is not a Mews Partner ID. It must be INT followed by digits only, e.g. INT123456",
            page.Find(".mud-input-helper-text.mud-input-error").TextContent));
        Assert.Equal("true", page.Find("#partner-id").GetAttribute("aria-invalid"));
        Assert.Equal(typed, page.Find("#partner-id").GetAttribute("value"));
        // The cursor moves to the one refused field (the name is fine, so it is the Partner ID's).
        JSInterop.VerifyFocusAsyncInvoke();
        Assert.Empty(await Get<ProjectService>().ListAsync(false, [1]));
    }

    [Fact]
    public async Task Typing_in_the_form_marks_it_unsaved_from_the_first_keystroke()
    {
        var page = RenderWithProviders<ProjectsPage>();
        Assert.Empty(page.FindAll("#unsaved-changes"));

        page.Find("#project-name").Input("A");

        await page.WaitForAssertionAsync(() => Assert.Single(page.FindAll("#unsaved-changes")));
    }

    [Fact]
    public async Task A_valid_project_is_created_and_opens_on_its_first_step()
    {
        var page = RenderWithProviders<ProjectsPage>();
        page.Find("#project-name").Input("Acme CM");
        page.Find("#partner-id").Input("INT123456");

        page.Find("#create-project").Click();

        var navigation = Get<NavigationManager>();
        await page.WaitForAssertionAsync(() => Assert.Matches("/projects/\\d+/setup$", navigation.Uri));
        Assert.Equal("Acme CM", Assert.Single(await Get<ProjectService>().ListAsync(false, [1])).Name);
    }

    [Fact]
    public async Task Archived_projects_are_hidden_until_asked_for()
    {
        var id = await CreateProjectAsync(Support.Services.ValidInput("Old one"));
        await Get<ProjectService>().SetArchivedAsync(id, true, "Jana");
        var page = RenderWithProviders<ProjectsPage>();
        Assert.DoesNotContain("Old one", page.Find("#project-list").TextContent);

        page.FindComponent<MudBlazor.MudSwitch<bool>>().Find("input").Change(true);

        await page.WaitForAssertionAsync(() => Assert.Contains("Old one", page.Find("#project-list").TextContent));
        Assert.Contains("archived", page.Find("#project-list").TextContent);
    }
}
