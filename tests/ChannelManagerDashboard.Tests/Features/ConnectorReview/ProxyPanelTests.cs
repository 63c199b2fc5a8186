using ChannelManagerDashboard.Features.Accounts;
using ChannelManagerDashboard.Features.ConnectorReview;
using ChannelManagerDashboard.Tests.Support;

namespace ChannelManagerDashboard.Tests.Features.ConnectorReview;

/// <summary>The proxy key is the recording's secret: whoever holds it can send calls into the run.</summary>
public sealed class ProxyPanelTests : ComponentTest
{
    private const string Key = "0123456789abcdef0123456789abcdef";

    private string Rendered(string role)
    {
        SignedInAs(role);
        var run = new ConnectorRun { Id = 7, ProjectId = 1, Name = "Proxy recording 2026-11-25 09:30 UTC", Source = RunSource.Proxy, RecordingKey = Key, Complete = true };
        var panel = RenderWithProviders<ProxyPanel>(p => p
            .Add(x => x.ProjectId, 1)
            .Add(x => x.Journey, new ConnectorJourney { ProjectId = 1 })
            .Add(x => x.Runs, [run]));
        return panel.Markup;
    }

    [Fact]
    public void A_viewer_sees_that_a_recording_runs_but_not_its_key_nor_the_proxy_address()
    {
        var markup = Rendered(DashboardRoles.Viewer);

        Assert.Contains("Proxy recording 2026-11-25 09:30 UTC", markup);
        Assert.Contains("shown to owners and members only", markup);
        Assert.DoesNotContain(Key, markup);
        Assert.DoesNotContain(Key[^8..], markup);
        Assert.DoesNotContain("/connector-proxy", markup);
    }

    [Fact]
    public void A_member_gets_the_proxy_address_to_give_the_integration()
    {
        var markup = Rendered(DashboardRoles.Member);

        Assert.Contains($"/connector-proxy/{Key}", markup);
    }
}
