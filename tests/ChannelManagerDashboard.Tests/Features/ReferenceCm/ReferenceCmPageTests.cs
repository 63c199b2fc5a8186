using Bunit;
using ChannelManagerDashboard.Domain.Mews;
using ChannelManagerDashboard.Features.MewsSimulator;
using ChannelManagerDashboard.Features.ReferenceCm;
using ChannelManagerDashboard.Tests.Support;
using Microsoft.AspNetCore.Components;

namespace ChannelManagerDashboard.Tests.Features.ReferenceCm;

public sealed class ReferenceCmPageTests : ComponentTest
{
    [Fact]
    public void The_page_lists_each_operation_with_its_URL_and_marks_the_one_opened()
    {
        Get<NavigationManager>().NavigateTo($"reference-cm?operation={CmOperation.UpdatePrices}");

        var page = RenderWithProviders<ReferenceCmPage>();

        Assert.Equal(CmOperation.All.Count, page.FindAll("#reference-cm-operations tbody tr").Count);
        var opened = page.Find($"tr[data-operation='{CmOperation.UpdatePrices}']");
        Assert.Equal("true", opened.GetAttribute("aria-current"));
        Assert.Contains($"{AddressOnlyServer.Address}/reference-cm/{CmOperation.UpdatePrices}", opened.TextContent);
        Assert.Empty(page.FindAll("#reference-cm-unknown"));
        Assert.Contains("7 space types", page.Find("#reference-cm-knows").TextContent);
    }

    [Fact]
    public void An_unknown_operation_is_named_as_such()
    {
        Get<NavigationManager>().NavigateTo("reference-cm?operation=getReservations");

        var page = RenderWithProviders<ReferenceCmPage>();

        Assert.Contains("There is no operation \"getReservations\"", page.Find("#reference-cm-unknown").TextContent);
    }

    [Fact]
    public void The_simulator_page_gives_what_P4_needs_with_copy_buttons()
    {
        var seed = Get<SimulatorSeed>();

        var page = RenderWithProviders<SimulatorPage>();

        Assert.Equal(seed.ClientToken, page.Find("#simulator-client-token").TextContent);
        Assert.Equal(seed.Connections.Count, page.FindAll("#simulator-connections tbody tr").Count);
        Assert.Contains("deactivated: Get configuration answers error code", page.Find("#simulator-connections").TextContent);
        Assert.NotEmpty(page.FindAll("button[aria-label='Copy the client token']"));
    }
}
