using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ChannelManagerDashboard.Tests.Support;

namespace ChannelManagerDashboard.Tests.Hosting.MachineEndpoints;

/// <summary>
/// The built app left idle longer than the rate-limiting middleware keeps an unused limiter (10 s): the simulator and the
/// reference CM must answer afterwards as before. The framework's idle timer reads the real clock, so this test waits.
/// </summary>
public sealed class MachineEndpointIdleTests
{
    private static readonly TimeSpan PastTheLimitersIdleTimeout = TimeSpan.FromSeconds(12);

    [Fact]
    public async Task After_idling_past_the_limiters_timeout_the_simulator_and_the_reference_CM_still_answer_in_JSON()
    {
        using var data = new TempFolder();
        await using var app = await AppProcess.StartAsync(data.Path);
        using var http = new HttpClient();
        Assert.Equal(8, await CodeAsync(http, app, "/simulator/mews/api/channelManager/v1/getChannels"));
        Assert.Equal(8, await CodeAsync(http, app, "/reference-cm/updatePrices"));

        await Task.Delay(PastTheLimitersIdleTimeout);

        Assert.Equal(8, await CodeAsync(http, app, "/simulator/mews/api/channelManager/v1/getChannels"));
        Assert.Equal(8, await CodeAsync(http, app, "/reference-cm/updatePrices"));
        Assert.Equal(8, await CodeAsync(http, app, "/simulator/mews/pci-proxy/v1/push/processGroup"));
    }

    /// <returns>The error code of a JSON answer with HTTP 200 to a body with a wrong client token.</returns>
    private static async Task<int> CodeAsync(HttpClient http, AppProcess app, string path)
    {
        using var content = new StringContent("{\"clientToken\":\"wrong\",\"connectionToken\":\"wrong\"}", Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(new Uri(app.BaseAddress, path), content);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered HTTP {(int)response.StatusCode}: {body[..Math.Min(body.Length, 300)]}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonNode.Parse(body)!["errors"]![0]!["code"]!.GetValue<int>();
    }
}
