using Bunit;
using ChannelManagerDashboard.Components;
using ChannelManagerDashboard.Components.Layout;
using ChannelManagerDashboard.Features.Accounts;
using ChannelManagerDashboard.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.JSInterop;
using MudBlazor;
using MudBlazor.Extensions;

namespace ChannelManagerDashboard.Tests.Components;

public sealed class LayoutTests : ComponentTest
{
    /// <summary>The layout as the interactive pages get it: their render mode is inherited from the routes.</summary>
    private IRenderedComponent<MainLayout> RenderLayout(bool dark) =>
        Render<MainLayout>(p => p.AddCascadingValue(ColorScheme.Cookie, dark).SetAssignedRenderMode(RenderMode.InteractiveServer));

    [Fact]
    public void A_page_without_a_circuit_shows_no_buttons_it_cannot_act_on()
    {
        var layout = Render<MainLayout>(p => p.AddCascadingValue(ColorScheme.Cookie, false));

        Assert.Empty(layout.FindAll("#dark-mode-toggle"));
        Assert.Empty(layout.FindAll("button[aria-label='Show or hide the navigation']"));
        Assert.NotEmpty(layout.FindAll("nav a"));
    }

    [Fact]
    public void The_dark_mode_toggle_switches_the_theme_and_remembers_the_choice_in_a_cookie()
    {
        var layout = RenderLayout(dark: false);
        Assert.False(layout.FindComponent<MudThemeProvider>().Instance.GetState(x => x.IsDarkMode));

        layout.Find("#dark-mode-toggle").Click();

        Assert.True(layout.FindComponent<MudThemeProvider>().Instance.GetState(x => x.IsDarkMode));
        var remembered = Assert.Single(JSInterop.Invocations, i => i.Identifier == "dashboard.setCookie");
        Assert.Equal([ColorScheme.Cookie, "true"], remembered.Arguments);
        Assert.Equal("Switch to light mode", layout.Find("#dark-mode-toggle").GetAttribute("aria-label"));
    }

    [Fact]
    public void The_browser_marks_the_page_interactive_on_a_call_sent_after_the_first_render()
    {
        var layout = RenderLayout(dark: false);

        Assert.Equal("false", layout.Find("main.app-main").GetAttribute("data-interactive"));
        var mark = Assert.Single(JSInterop.Invocations, i => i.Identifier == "dashboard.markInteractive");
        Assert.IsType<ElementReference>(Assert.Single(mark.Arguments));
    }

    [Fact]
    public async Task A_page_closed_before_the_browser_answered_leaves_no_error()
    {
        var mark = JSInterop.SetupVoid("dashboard.markInteractive", _ => true);
        var layout = RenderLayout(dark: false);

        mark.SetException(new JSDisconnectedException("The circuit is gone."));
        // Queued behind the layout's continuation on the renderer's dispatcher, so that has run when this returns.
        await layout.InvokeAsync(() => { });

        Assert.Single(mark.Invocations);
        Assert.False(Renderer.UnhandledException.IsCompleted, "The renderer caught an exception from the layout.");
    }

    [Fact]
    public void A_dark_cookie_opens_the_app_dark()
    {
        var layout = RenderLayout(dark: true);

        Assert.True(layout.FindComponent<MudThemeProvider>().Instance.GetState(x => x.IsDarkMode));
    }

    [Fact]
    public void The_menu_button_opens_and_closes_the_navigation()
    {
        var layout = RenderLayout(dark: false);
        var menu = layout.Find("button[aria-label='Show or hide the navigation']");
        var before = menu.GetAttribute("aria-expanded");

        menu.Click();

        Assert.NotEqual(before, layout.Find("button[aria-label='Show or hide the navigation']").GetAttribute("aria-expanded"));
        Assert.Equal(["Projects", "Mews simulator", "Reference channel manager", "Two-factor sign-in", "Users", "Teams"],
            layout.FindAll("nav[aria-label='Main'] .mud-nav-link-text").Select(l => l.TextContent.Trim()));
        Assert.Equal("owner@example.com", layout.Find("#current-user-email").TextContent);
    }

    [Fact]
    public void A_viewer_is_told_the_pages_are_read_only_and_gets_no_users_link()
    {
        SignedInAs(DashboardRoles.Viewer);

        var layout = RenderLayout(dark: false);

        Assert.Contains("You are signed in as a viewer", layout.Find("#viewer-notice").TextContent);
        Assert.Empty(layout.FindAll("#nav-users"));
        Assert.Contains("Viewer", layout.Find("#current-user-role").TextContent);
    }

    [Fact]
    public async Task Leaving_with_unsaved_edits_asks_in_a_dialog_and_staying_keeps_the_page()
    {
        var navigation = Get<NavigationManager>();
        navigation.NavigateTo("projects/1/setup/P1");
        var guard = RenderWithProviders<UnsavedChangesGuard>(p => p.Add(x => x.HasChanges, () => true).Add(x => x.KeepsEditsUnder, "projects/1/setup"));

        await guard.InvokeAsync(() => navigation.NavigateTo("projects/1/setup/P2"));
        await guard.WaitForAssertionAsync(() => Assert.EndsWith("/projects/1/setup/P2", navigation.Uri));

        await guard.InvokeAsync(() => navigation.NavigateTo("projects/1/tests"));
        await Dialogs.WaitForAssertionAsync(() => Assert.Contains("You have unsaved changes on this page", Dialogs.Markup));
        Dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Stay").Click();

        Assert.EndsWith("/projects/1/setup/P2", navigation.Uri);
    }

    [Fact]
    public async Task A_copy_says_it_copied_and_a_browser_that_refuses_gets_told_how_else()
    {
        var copy = RenderWithProviders<CopyButton>(p => p.Add(x => x.Text, "https://cm.example.com/mews/updatePrices").Add(x => x.What, "the URL"));
        JSInterop.Setup<bool>("dashboard.copy", "https://cm.example.com/mews/updatePrices").SetResult(true);

        copy.Find("button").Click();
        await Notices.WaitForAssertionAsync(() => Assert.Contains("Copied the URL.", Notices.Markup));

        JSInterop.Setup<bool>("dashboard.copy", "https://cm.example.com/mews/updatePrices").SetException(new JSException("NotAllowedError"));
        copy.Find("button").Click();
        await Notices.WaitForAssertionAsync(() => Assert.Contains("Select the text and copy it by hand.", Notices.Markup));
    }

    [Theory]
    [InlineData(DashboardRoles.Viewer, false, 0)]
    [InlineData(DashboardRoles.Viewer, true, 1)]
    [InlineData(DashboardRoles.Member, false, 1)]
    public void A_viewer_s_click_on_a_page_s_button_does_nothing_even_when_the_browser_sends_it_unless_the_button_only_reads(string role, bool forReading, int expected)
    {
        SignedInAs(role);
        var clicks = 0;
        RenderFragment button = b =>
        {
            b.OpenComponent<MudButton>(0);
            b.AddAttribute(1, nameof(MudButton.OnClick), EventCallback.Factory.Create<Microsoft.AspNetCore.Components.Web.MouseEventArgs>(this, () => clicks++));
            b.AddAttribute(2, nameof(MudButton.ChildContent), (RenderFragment)(t => t.AddContent(0, "Run")));
            b.CloseComponent();
        };

        var page = Render<ViewerReadOnly>(p => p.AddChildContent(forReading ? f => { f.OpenComponent<ForReading>(0); f.AddAttribute(1, nameof(ForReading.ChildContent), button); f.CloseComponent(); } : button));
        page.Find("button").Click();

        Assert.Equal(expected, clicks);
    }
}
