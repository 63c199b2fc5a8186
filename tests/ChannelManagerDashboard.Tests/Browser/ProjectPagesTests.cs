using ChannelManagerDashboard.Features.Accounts;
using ChannelManagerDashboard.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChannelManagerDashboard.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class ProjectPagesTests(BrowserFixture browser)
{
    private Uri BaseAddress => browser.App.BaseAddress;

    [Fact]
    public async Task A_second_browser_sees_saved_state_on_reload()
    {
        await using var first = await browser.NewContextAsync();
        await using var second = await browser.NewContextAsync(DashboardRoles.Member);
        var alice = await first.NewPageAsync();
        var bob = await second.NewPageAsync();
        var id = await alice.CreateProjectAsync(BaseAddress, "Shared project");
        await bob.OpenAsync(BaseAddress, $"/projects/{id}/setup?step=P4");
        await Expect(bob.Locator("#step-nav-P4 [data-status='NotStarted']")).ToBeVisibleAsync();

        await alice.OpenStepAsync("P4");
        await Expect(alice.GetByRole(AriaRole.Heading, new() { Name = "P4 · Get the connection token" })).ToBeVisibleAsync();
        await alice.EnterAsync("#step-notes", "Mews has not connected the demo property yet.");
        await alice.ClickAsync("#step-blocked");
        await Expect(alice.Locator("#step-nav-P4 [data-status='Blocked']")).ToBeVisibleAsync();

        await bob.ReloadAsync();
        await bob.WaitForInteractiveAsync();
        await Expect(bob.Locator("#step-nav-P4 [data-status='Blocked']")).ToBeVisibleAsync();
        await Expect(bob.Locator("#step-notes")).ToHaveValueAsync("Mews has not connected the demo property yet.");
        await Expect(bob.Locator("#step-updated")).ToContainTextAsync("Last changed by owner@example.com");
    }

    [Fact]
    public async Task Create_with_a_malformed_Partner_ID_says_why_on_the_field_keeps_it_and_puts_the_cursor_there()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.OpenAsync(BaseAddress, "/");
        await page.EnterAsync("#project-name", "Refused partner");
        await page.EnterAsync("#partner-id", "int-12ab");

        await page.ClickAsync("#create-project");

        await Expect(page.FieldError("partner-id")).ToContainTextAsync("'int-12ab' is not a Mews Partner ID. It must be INT followed by digits only, e.g. INT123456");
        await Expect(page.Locator("#partner-id")).ToHaveValueAsync("int-12ab");
        await Expect(page.Locator("#partner-id")).ToBeFocusedAsync();
        Assert.EndsWith("/", page.Url);
    }

    [Fact]
    public async Task Leaving_with_unsaved_edits_asks_first_and_staying_keeps_them()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var id = await page.CreateProjectAsync(BaseAddress, "Unsaved edits");
        await page.EnterAsync("#p1-technical-details", "Typed but not saved");
        await Expect(page.Locator("#unsaved-changes")).ToBeVisibleAsync();

        // In-app links ask in the page's own dialog; staying keeps what was typed.
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Project pages" }).GetByRole(AriaRole.Link, new() { Name = "Test tracker" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Expect(dialog).ToContainTextAsync("You have unsaved changes on this page");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Stay" }).ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0);
        await Expect(page.Locator("#p1-technical-details")).ToHaveValueAsync("Typed but not saved");
        await Expect(page.Locator("#unsaved-changes")).ToBeVisibleAsync();
        Assert.EndsWith($"/projects/{id}/setup", page.Url);

        // Closing or reloading the tab asks through the browser's own prompt, from the first keystroke.
        var asked = new TaskCompletionSource<string>();
        page.Dialog += async (_, prompt) =>
        {
            asked.TrySetResult(prompt.Type);
            await prompt.DismissAsync();
        };
        await page.EvaluateAsync("() => { location.reload(); }");
        Assert.Equal("beforeunload", await asked.Task.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task Rename_and_archive_from_the_overview()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var id = await page.CreateProjectAsync(BaseAddress, "Before rename");
        await page.OpenAsync(BaseAddress, $"/projects/{id}");
        await page.EnterAsync("#project-name", "After rename");
        await page.EnterAsync("#partner-id", "INT-bad");
        await page.ClickAsync("#save-project");
        await Expect(page.FieldError("partner-id")).ToContainTextAsync("'INT-bad' is not a Mews Partner ID");
        await page.EnterAsync("#partner-id", "INT778");
        await page.ClickAsync("#save-project");
        await Expect(page.Locator("#project-title")).ToHaveTextAsync("After rename");

        // Archiving asks first; cancelling leaves the project as it was.
        await page.ClickAsync("#archive-project");
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
        // The cancelled dialog is gone before the next opens: its own Archive button, clicked while it closes, does nothing.
        await Expect(page.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);
        await Expect(page.Locator("#archived-badge")).ToHaveCountAsync(0);
        await page.ClickAsync("#archive-project");
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { NameRegex = new("^Archive") }).ClickAsync();
        await Expect(page.Locator("#archived-badge")).ToBeVisibleAsync();
        // The notice offers to take it back.
        await page.Locator(".mud-snackbar").GetByRole(AriaRole.Button, new() { Name = "Undo" }).ClickAsync();
        await Expect(page.Locator("#archived-badge")).ToHaveCountAsync(0);
        await page.ClickAsync("#archive-project");
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { NameRegex = new("^Archive") }).ClickAsync();
        await Expect(page.Locator("#archived-badge")).ToBeVisibleAsync();
        await page.OpenAsync(BaseAddress, "/");
        await Expect(page.Locator("main")).Not.ToContainTextAsync("After rename");
        await page.Locator("#show-archived").ClickAsync();
        await Expect(page.Locator("#project-list")).ToContainTextAsync("After rename");
    }

    [Fact]
    public async Task The_certification_file_uploads_gates_P8_and_refuses_oversized_files()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var id = await page.CreateProjectAsync(BaseAddress, "Upload");
        await page.OpenAsync(BaseAddress, $"/projects/{id}/setup/P8");
        await page.ClickAsync("#step-done");
        await Expect(page.Locator("#step-refusal")).ToContainTextAsync("Upload the filled-in certification file");

        await page.Locator("input.p8-upload-input").Last.SetInputFilesAsync(new FilePayload
        {
            Name = "too-big.xlsx",
            MimeType = "application/vnd.ms-excel",
            Buffer = new byte[BrowserFixture.MaxUploadBytes + 1],
        });
        await Expect(page.Locator(".field-error[data-field='File']")).ToContainTextAsync("is larger than 64 KB, the limit");

        await page.Locator("input.p8-upload-input").Last.SetInputFilesAsync(new FilePayload
        {
            Name = "certification.xlsx",
            MimeType = "application/vnd.ms-excel",
            Buffer = "filled in"u8.ToArray(),
        });
        await Expect(page.Locator("#p8-current-file")).ToContainTextAsync("certification.xlsx");
        // The upload is what P8 asks for, so it ticks P8 by itself.
        await Expect(page.Locator("#step-nav-P8 [data-status='Done']")).ToBeVisibleAsync();

        var download = await page.APIRequest.GetAsync(new Uri(BaseAddress, $"/projects/{id}/certification-file").ToString());
        Assert.Equal("filled in", await download.TextAsync());
    }
}
