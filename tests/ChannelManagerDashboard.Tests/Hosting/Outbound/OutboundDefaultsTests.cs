using ChannelManagerDashboard.Features.Accounts;
using ChannelManagerDashboard.Features.MewsSimulator;
using ChannelManagerDashboard.Features.Preparation;
using ChannelManagerDashboard.Features.ReferenceCm;
using ChannelManagerDashboard.Hosting.Outbound;
using ChannelManagerDashboard.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ChannelManagerDashboard.Tests.Hosting.Outbound;

/// <summary>The outbound rule as the app wires it with no settings: its own reference CM and simulator, nothing else on this machine.</summary>
public sealed class OutboundDefaultsTests : ComponentTest
{
    [Fact]
    public void The_apps_own_reference_CM_and_simulator_are_its_own_endpoints()
    {
        var own = Get<OwnEndpoints>();
        var self = new Uri(AddressOnlyServer.Address);

        Assert.True(own.Contains(new Uri(self, ReferenceCmExtensions.BasePath + "/updatePrices")));
        Assert.True(own.Contains(new Uri(self, MewsSimulatorExtensions.BasePath + "/api/channelManager/v1/getConfiguration")));
        Assert.False(own.Contains(new Uri(self, "/connector-proxy/0123456789abcdef/api/connector/v1/configuration/get")));
        Assert.False(own.Contains(new UriBuilder(self) { Port = 10, Path = ReferenceCmExtensions.BasePath + "/updatePrices" }.Uri));
    }

    [Fact]
    public async Task A_members_probe_of_another_port_on_this_machine_is_refused_by_default_naming_the_setting_and_nothing_is_sent()
    {
        var received = 0;
        await using var cm = await LoopbackServer.StartAsync(web => web.MapPost("/cm/{operation}", () =>
        {
            Interlocked.Increment(ref received);
            return Results.Json(new { success = true });
        }));
        var input = Support.Services.ValidInput();
        input.EndpointBaseUrl = new Uri(cm.BaseAddress, "/cm").ToString();
        var projectId = await CreateProjectAsync(input);

        var probed = await Get<EndpointProbeService>().ProbeAsync(projectId, TestAccounts.EmailOf(DashboardRoles.Member), CancellationToken.None);

        Assert.True(probed.Succeeded, probed.Message);
        Assert.NotEmpty(probed.Value!);
        Assert.All(probed.Value!, outcome =>
        {
            Assert.False(outcome.Answer.Succeeded);
            Assert.Contains("The dashboard does not connect to 127.0.0.1: it is a loopback address", outcome.Answer.Message);
            Assert.Contains("set PlayMews:AllowLoopback to true", outcome.Answer.Message);
        });
        Assert.Equal(0, received);
    }
}
