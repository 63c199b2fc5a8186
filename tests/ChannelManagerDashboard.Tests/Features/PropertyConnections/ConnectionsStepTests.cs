using Bunit;
using ChannelManagerDashboard.Features.Preparation;
using ChannelManagerDashboard.Hosting.MachineEndpoints;
using ChannelManagerDashboard.Tests.Support;
using Flurl.Http.Testing;

namespace ChannelManagerDashboard.Tests.Features.PropertyConnections;

/// <summary>P4 on a Demo project, Mews answering through Flurl's HttpTest.</summary>
public sealed class ConnectionsStepTests : ComponentTest
{
    private const string Working = "WORKING-TOKEN-0123456789";
    private const string Wrong = "WRONG-TOKEN-9876543210";

    [Fact]
    public async Task A_token_Mews_refuses_does_not_replace_the_one_that_worked_and_is_kept_marked_refused()
    {
        using var http = new HttpTest();
        var page = await RefusedAfterAWorkingTokenAsync(http);

        var refused = page.Find("#p4-refused-token");
        Assert.Contains("WRON…210", refused.TextContent);
        Assert.Contains("WORK…789", page.Find("#p4-saved-token").TextContent);
        Assert.Contains("accepted by Mews", page.Find("#p4-saved-token").TextContent);
        Assert.DoesNotContain(Wrong, page.Markup);
        Assert.DoesNotContain(Working, page.Markup);
    }

    [Fact]
    public async Task One_connection_is_used_with_one_click()
    {
        using var http = new HttpTest();
        http.RespondWith(CannedMews.Example("getProperties.response.json"));
        var id = await CreateProjectAsync();
        var page = RenderWithProviders<SetupPage>(p => p.Add(x => x.ProjectId, id).Add(x => x.Step, "P4"));
        (await page.WaitForElementAsync("#p4-client-token")).Input(Working);
        page.Find("#p4-email").Input("api@hotel.example");
        page.Find("#p4-get-properties").Click();

        (await page.WaitForElementAsync("#p4-offered .p4-use-one")).Click();

        await page.WaitForAssertionAsync(() => Assert.Equal("Done", page.Find("#step-nav-P4 [data-status]").GetAttribute("data-status")));
        Assert.Empty(page.FindAll("#p4-chosen #p4-none-chosen"));
    }

    [Fact]
    public async Task The_picked_connections_button_says_how_many_in_words_and_waits_for_a_pick()
    {
        using var http = new HttpTest();
        http.RespondWithJson(new
        {
            success = true,
            properties = new[]
            {
                new { id = "unit-a", name = "Unit A", connections = new[] { new { token = "CONNECTION-A-0123456789", name = "CM A" } } },
                new { id = "unit-b", name = "Unit B", connections = new[] { new { token = "CONNECTION-B-0123456789", name = "CM B" } } },
            },
        });
        var id = await CreateProjectAsync();
        var page = RenderWithProviders<SetupPage>(p => p.Add(x => x.ProjectId, id).Add(x => x.Step, "P4"));
        (await page.WaitForElementAsync("#p4-client-token")).Input(Working);
        page.Find("#p4-email").Input("api@hotel.example");
        page.Find("#p4-get-properties").Click();

        var button = await page.WaitForElementAsync("#p4-use-connections");
        Assert.Equal("Tick connections to use several together", button.TextContent.Trim());
        Assert.True(button.HasAttribute("disabled"));

        page.Find(".p4-pick input").Change(true);

        await page.WaitForAssertionAsync(() => Assert.Equal("Use the picked connection", page.Find("#p4-use-connections").TextContent.Trim()));
        Assert.DoesNotContain("(s)", page.Markup);
    }

    [Fact]
    public async Task A_later_Get_properties_that_works_clears_the_earlier_refusal_and_error()
    {
        using var http = new HttpTest();
        var page = await RefusedAfterAWorkingTokenAsync(http);
        Assert.Single(page.FindAll("#p4-error"));
        Assert.Equal("p4-error", JSInterop.Invocations["dashboard.focus"].Last().Arguments.Single());

        http.RespondWith(CannedMews.Example("getProperties.response.json"));
        page.Find("#p4-client-token").Input("");
        page.Find("#p4-get-properties").Click();

        await page.WaitForElementAsync("#p4-offered");
        await page.WaitForAssertionAsync(() => Assert.Empty(page.FindAll("#p4-refused-token")));
        Assert.Empty(page.FindAll("#p4-error"));
        Assert.Equal("p4-offered", JSInterop.Invocations["dashboard.focus"].Last().Arguments.Single());
    }

    /// <summary>P4 after a token Mews accepted and then one it refused.</summary>
    private async Task<IRenderedComponent<SetupPage>> RefusedAfterAWorkingTokenAsync(HttpTest http)
    {
        var id = await CreateProjectAsync();
        var page = RenderWithProviders<SetupPage>(p => p.Add(x => x.ProjectId, id).Add(x => x.Step, "P4"));
        http.RespondWith(CannedMews.Example("getProperties.response.json"));
        (await page.WaitForElementAsync("#p4-client-token")).Input(Working);
        page.Find("#p4-email").Input("api@hotel.example");
        page.Find("#p4-get-properties").Click();
        await page.WaitForElementAsync("#p4-offered");
        http.RespondWithJson(MachineRequests.Error(8, "Invalid authentication."));
        page.Find("#p4-client-token").Input(Wrong);
        page.Find("#p4-get-properties").Click();
        await page.WaitForElementAsync("#p4-refused-token");
        return page;
    }
}
