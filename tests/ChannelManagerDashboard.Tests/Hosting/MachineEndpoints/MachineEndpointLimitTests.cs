using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using ChannelManagerDashboard.Tests.Support;

namespace ChannelManagerDashboard.Tests.Hosting.MachineEndpoints;

/// <summary>The bound on bodies read at once, on the built app with a bound of one and no queue.</summary>
[Collection(HarnessCollection.Name)]
public sealed class MachineEndpointLimitTests
{
    [Fact]
    public async Task While_the_bound_is_taken_another_request_gets_code_1_and_other_endpoints_are_not_held_up()
    {
        using var data = new TempFolder();
        await using var app = await AppProcess.StartAsync(data.Path, new Dictionary<string, string>
        {
            ["MachineEndpoints__MaxConcurrentRequests"] = "1",
            ["MachineEndpoints__MaxQueuedRequests"] = "0",
        });
        using var http = new HttpClient();
        // Requests wait while the database is prepared; past this, they reach the limiter in the order they arrive.
        Assert.Equal("Healthy", await http.GetStringAsync(new Uri(app.BaseAddress, "/healthz")));

        // A channel manager that starts a body and never finishes it holds the one permit. It asks for 100 Continue,
        // which Kestrel sends once the endpoint starts reading the body, i.e. once the request holds the permit.
        using var slow = new TcpClient();
        await slow.ConnectAsync(app.BaseAddress.Host, app.BaseAddress.Port);
        var stream = slow.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(
            $"POST /reference-cm/updatePrices HTTP/1.1\r\nHost: {app.BaseAddress.Authority}\r\nContent-Type: application/json\r\n" +
            "Content-Length: 1000\r\nExpect: 100-continue\r\n\r\n"));
        var interim = new byte[64];
        var read = await stream.ReadAsync(interim).AsTask().WaitAsync(TimeSpan.FromSeconds(30));
        Assert.StartsWith("HTTP/1.1 100 Continue", Encoding.ASCII.GetString(interim, 0, read));
        await stream.WriteAsync("{"u8.ToArray());
        using var content = new StringContent("{}", Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(new Uri(app.BaseAddress, "/reference-cm/updatePrices"), content);
        var refused = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(1, refused["errors"]![0]!["code"]!.GetValue<int>());
        Assert.Contains("Too many requests at once", refused["errors"]![0]!["message"]!.GetValue<string>());
        using var simulator = new StringContent("{\"clientToken\":\"wrong\"}", Encoding.UTF8, "application/json");
        using var own = await http.PostAsync(new Uri(app.BaseAddress, "/simulator/mews/api/channelManager/v1/getChannels"), simulator);
        Assert.Equal(8, JsonNode.Parse(await own.Content.ReadAsStringAsync())!["errors"]![0]!["code"]!.GetValue<int>());
    }
}
