using Bunit;
using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Features.Preparation;
using ChannelManagerDashboard.Tests.Support;
using Microsoft.AspNetCore.Components;

namespace ChannelManagerDashboard.Tests.Features.Preparation;

public sealed class SetupPageTests : ComponentTest
{
    [Fact]
    public async Task The_step_in_the_address_is_the_open_one_and_the_only_current_one_in_the_list()
    {
        var id = await CreateProjectAsync();

        var page = RenderWithProviders<SetupPage>(p => p.Add(x => x.ProjectId, id).Add(x => x.Step, "P4"));

        await page.WaitForElementAsync("#step-panel-P4");
        var current = Assert.Single(page.FindAll("nav[aria-label='Preparation steps'] [aria-current]"));
        Assert.Equal("step-nav-P4", current.Id);
        Assert.Equal("page", Assert.Single(page.FindAll("nav[aria-label='Project pages'] [aria-current]")).GetAttribute("aria-current"));
        Assert.Contains("Preparation", page.Find("nav[aria-label='Project pages'] [aria-current]").TextContent);
    }

    [Fact]
    public async Task An_old_step_link_moves_to_the_steps_own_address()
    {
        var id = await CreateProjectAsync();
        var navigation = Get<NavigationManager>();
        navigation.NavigateTo($"projects/{id}/setup?step=p2");

        RenderWithProviders<SetupPage>(p => p.Add(x => x.ProjectId, id));

        Assert.EndsWith($"/projects/{id}/setup/P2", navigation.Uri);
    }

    [Fact]
    public async Task Typing_marks_the_step_unsaved_at_once()
    {
        var id = await CreateProjectAsync();
        var page = RenderWithProviders<SetupPage>(p => p.Add(x => x.ProjectId, id).Add(x => x.Step, "P1"));

        (await page.WaitForElementAsync("#p1-technical-details")).Input("ARI and bookings");

        await page.WaitForAssertionAsync(() => Assert.Single(page.FindAll("#step-nav-P1 [data-unsaved='true']")));
        Assert.Single(page.FindAll("#unsaved-changes"));
    }

    [Fact]
    public async Task A_refused_Mark_done_says_why_once_and_what_the_step_is_now()
    {
        var input = Support.Services.ValidInput();
        input.PilotPropertyName = "";
        var id = await CreateProjectAsync(input);
        var page = RenderWithProviders<SetupPage>(p => p.Add(x => x.ProjectId, id).Add(x => x.Step, "P1"));
        Assert.Contains("Enter the name of the pilot property.", (await page.WaitForElementAsync("#step-unmet")).TextContent);

        page.Find("#step-done").Click();

        var refusal = await page.WaitForElementAsync("#step-refusal");
        Assert.Contains("pilot property", refusal.TextContent);
        Assert.Empty(page.FindAll("#step-unmet"));
        Assert.Single(page.FindAll("*"), e => e.ChildElementCount == 0 && e.TextContent.Contains("Enter the name of the pilot property."));
        await Notices.WaitForAssertionAsync(() => Assert.Contains("P1 stays in progress; it is not marked done.", Notices.Markup));
        Assert.Equal("InProgress", page.Find("#step-nav-P1 [data-status]").GetAttribute("data-status"));
    }

    [Fact]
    public async Task After_Mark_done_the_next_step_is_offered()
    {
        var id = await CreateProjectAsync();
        var page = RenderWithProviders<SetupPage>(p => p.Add(x => x.ProjectId, id).Add(x => x.Step, "P1"));
        (await page.WaitForElementAsync("#p1-technical-details")).Input("ARI for availability, prices and restrictions.");

        page.Find("#step-done").Click();

        var next = await page.WaitForElementAsync("#go-next-step");
        Assert.Equal($"projects/{id}/setup/P2", next.GetAttribute("href"));
        Assert.Equal("Done", page.Find("#step-nav-P1 [data-status]").GetAttribute("data-status"));
    }

    [Fact]
    public async Task A_date_that_cannot_be_read_is_not_cleared_silently()
    {
        var id = await CreateProjectAsync();
        var page = RenderWithProviders<SetupPage>(p => p.Add(x => x.ProjectId, id).Add(x => x.Step, "P9"));

        (await page.WaitForElementAsync("#p9-call-date")).Change("15.13.2026");

        await page.WaitForAssertionAsync(() => Assert.Contains("15.13.2026", page.Markup));
        Assert.Equal("15.13.2026", page.Find("#p9-call-date").GetAttribute("value"));
        Assert.Contains("is not a date. Write it as yyyy-MM-dd", page.Find(".call-date .mud-input-helper-text.mud-input-error").TextContent);
    }

    [Fact]
    public async Task A_typed_time_zone_not_from_the_list_is_refused_by_the_field_with_close_matches_and_P9_cannot_be_done()
    {
        var id = await CreateProjectAsync();
        var page = RenderWithProviders<SetupPage>(p => p.Add(x => x.ProjectId, id).Add(x => x.Step, "P9"));
        var zone = await page.WaitForElementAsync("#p9-time-zone");

        zone.Input("Europe/Prag");
        page.Find("#p9-time-zone").Blur();

        await page.WaitForAssertionAsync(() => Assert.Contains("'Europe/Prag' is not a time zone the dashboard knows, so it is not saved. Did you mean Europe/Prague",
            page.Find(".mud-input-helper-text.mud-input-error").TextContent));
        Assert.Contains("'Europe/Prag' is not a time zone from the list", page.Find("#step-unmet").TextContent);

        page.Find("#step-done").Click();

        await page.WaitForAssertionAsync(() => Assert.Equal("InProgress", page.Find("#step-nav-P9 [data-status]").GetAttribute("data-status")));
        Assert.Equal("Europe/Prag", page.Find("#p9-time-zone").GetAttribute("value"));
        Assert.Equal("", (await Get<PreparationService>().LoadAsync(id))!.Project.CertificationCallTimeZone);
    }

    [Fact]
    public async Task Step_notes_show_a_counter_and_over_the_limit_say_so_by_the_field_keeping_every_character()
    {
        var id = await CreateProjectAsync();
        var page = RenderWithProviders<SetupPage>(p => p.Add(x => x.ProjectId, id).Add(x => x.Step, "P4"));
        var notes = await page.WaitForElementAsync("#step-notes");
        var tooLong = new string('x', TextLimit.Notes + 5);

        notes.Input(tooLong);

        await page.WaitForAssertionAsync(() => Assert.Contains("20,005 characters: 5 over the limit of 20,000. Shorten the text to save it; nothing was cut.",
            page.Find(".mud-input-helper-text.mud-input-error").TextContent));
        Assert.Contains("20005 / 20000", page.Markup);
        // The browser would cut a paste at its maxlength; it is left far above the limit.
        Assert.True(int.Parse(page.Find("#step-notes").GetAttribute("maxlength")!) > TextLimit.Notes);

        page.Find("#step-save").Click();

        await page.WaitForAssertionAsync(() => Assert.Contains("Nothing was saved. Notes: 20,005 characters", page.Find("#step-refusal").TextContent));
        Assert.Equal(tooLong, page.Find("#step-notes").GetAttribute("value"));
    }

    [Fact]
    public async Task A_German_browser_types_the_call_date_its_own_way_or_as_ISO()
    {
        var before = System.Globalization.CultureInfo.CurrentUICulture;
        System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo("de-DE");
        try
        {
            var id = await CreateProjectAsync();
            var page = RenderWithProviders<SetupPage>(p => p.Add(x => x.ProjectId, id).Add(x => x.Step, "P9"));

            (await page.WaitForElementAsync("#p9-call-date")).Change("15.12.2026");

            await page.WaitForAssertionAsync(() => Assert.Single(page.FindAll("#unsaved-changes")));
            Assert.Equal("15.12.2026", page.Find("#p9-call-date").GetAttribute("value"));
            Assert.Empty(page.FindAll(".call-date .mud-input-error"));

            page.Find("#p9-call-date").Change("2026-12-16");
            Assert.Empty(page.FindAll(".call-date .mud-input-error"));
            page.Find("#step-save").Click();

            await page.WaitForElementAsync("#step-updated");
            Assert.Equal(new DateTime(2026, 12, 16), (await Get<PreparationService>().LoadAsync(id))!.Project.CertificationCallAt?.Date);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = before;
        }
    }

    [Fact]
    public async Task Use_the_default_paths_asks_before_resetting_URLs_pointed_elsewhere_naming_each()
    {
        var id = await CreateProjectAsync();
        var page = RenderWithProviders<SetupPage>(p => p.Add(x => x.ProjectId, id).Add(x => x.Step, "P2"));
        (await page.WaitForElementAsync("#p2-update-prices")).Input("https://elsewhere.example/prices");

        page.Find("#p2-fill-defaults").Click();

        var list = await Dialogs.WaitForElementAsync("#dialog-list");
        var item = Assert.Single(list.QuerySelectorAll("li"));
        Assert.Equal("Update prices: https://elsewhere.example/prices → https://cm.example.com/mews/updatePrices", item.TextContent);
        Dialogs.Find("#dialog-confirm").Click();

        await page.WaitForAssertionAsync(() => Assert.Equal("https://cm.example.com/mews/updatePrices", page.Find("#p2-update-prices").GetAttribute("value")));
        Assert.Contains("1 URL set to the default paths", page.Find("#p2-defaults-status").TextContent);
    }

    [Fact]
    public async Task Keeping_the_URLs_as_typed_changes_none_of_them()
    {
        var id = await CreateProjectAsync();
        var page = RenderWithProviders<SetupPage>(p => p.Add(x => x.ProjectId, id).Add(x => x.Step, "P2"));
        (await page.WaitForElementAsync("#p2-update-prices")).Input("https://elsewhere.example/prices");

        page.Find("#p2-fill-defaults").Click();
        (await Dialogs.WaitForElementAsync("#dialog-cancel")).Click();

        await page.WaitForAssertionAsync(() => Assert.Contains("1 kept as typed", page.Find("#p2-defaults-status").TextContent));
        Assert.Equal("https://elsewhere.example/prices", page.Find("#p2-update-prices").GetAttribute("value"));
    }

    [Fact]
    public async Task A_time_typed_while_the_browser_still_names_its_zone_is_kept()
    {
        var id = await CreateProjectAsync();
        var browserZone = JSInterop.Setup<string>("dashboard.timeZone");
        var page = RenderWithProviders<SetupPage>(p => p.Add(x => x.ProjectId, id).Add(x => x.Step, "P9"));

        (await page.WaitForElementAsync("#p9-call-date")).Change("2026-12-15");
        page.Find("#p9-call-time").Change("14:30");
        browserZone.SetResult("Europe/Prague");
        page.Find("#p9-call-time").Blur();

        await page.WaitForAssertionAsync(() => Assert.Equal("The call: Tuesday 15 December 2026 at 14:30, Europe/Prague time.", page.Find("#p9-call-read-back").TextContent));
    }

    [Fact]
    public async Task A_time_typed_before_the_date_waits_for_it()
    {
        var id = await CreateProjectAsync();
        JSInterop.Setup<string>("dashboard.timeZone").SetResult("Europe/Prague");
        var page = RenderWithProviders<SetupPage>(p => p.Add(x => x.ProjectId, id).Add(x => x.Step, "P9"));

        (await page.WaitForElementAsync("#p9-call-time")).Change("14:30");
        Assert.Empty(page.FindAll("#p9-call-read-back"));
        Assert.Contains("pick the date to store the call", page.Find("#p9-time-waits").TextContent);
        page.Find("#p9-call-date").Change("2026-12-15");

        await page.WaitForAssertionAsync(() => Assert.Equal("The call: Tuesday 15 December 2026 at 14:30, Europe/Prague time.", page.Find("#p9-call-read-back").TextContent));
        Assert.Empty(page.FindAll("#p9-time-waits"));
    }
}
