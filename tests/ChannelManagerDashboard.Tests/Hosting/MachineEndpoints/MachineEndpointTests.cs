using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using ChannelManagerDashboard.Tests.Support;

namespace ChannelManagerDashboard.Tests.Hosting.MachineEndpoints;

/// <summary>
/// The endpoints machines call, as the built app serves them: whatever arrives, the answer is the documented JSON with
/// HTTP 200, never an HTML error page.
/// </summary>
[Collection(HarnessCollection.Name)]
public sealed class MachineEndpointTests(AppFixture fixture) : IClassFixture<AppFixture>, IDisposable
{
    private const string ReferencePrices = "/reference-cm/updatePrices";
    private const string SimulatorChannels = "/simulator/mews/api/channelManager/v1/getChannels";
    private readonly HttpClient http = new();

    public void Dispose() => http.Dispose();

    [Theory]
    [InlineData(ReferencePrices)]
    [InlineData(SimulatorChannels)]
    public async Task A_body_that_is_not_UTF8_gets_code_6(string path)
    {
        // "Café" in Latin-1: 0xE9 alone is not UTF-8.
        var latin1 = "{\"clientToken\":\"Caf\u00e9\"}".Select(c => (byte)c).ToArray();

        var (status, reply) = await PostAsync(path, new ByteArrayContent(latin1));

        Assert.Equal(HttpStatusCode.OK, status);
        AssertError(reply, 6, "not valid UTF-8");
    }

    [Fact]
    public async Task A_body_larger_than_the_cap_gets_code_6()
    {
        var (status, reply) = await PostAsync(ReferencePrices, new ByteArrayContent(new byte[17 * 1024 * 1024]));

        Assert.Equal(HttpStatusCode.OK, status);
        AssertError(reply, 6, "larger than 16 MB");
    }

    [Theory]
    [InlineData("40000000", "larger than 16 MB")]
    [InlineData("1000", "stopped before its declared length")]
    public async Task A_body_declared_larger_than_the_server_takes_or_that_stops_short_gets_code_6_in_JSON(string declaredLength, string says)
    {
        var response = await RawAsync($"Content-Length: {declaredLength}\r\n\r\n{{\"clientToken\":");

        Assert.StartsWith("HTTP/1.1 200", response);
        Assert.Contains("\"code\":6", response);
        Assert.Contains(says, response);
    }

    /// <summary>A request written by hand, for what HttpClient will not send; the answer is read until the server closes it or 20 s pass.</summary>
    private async Task<string> RawAsync(string headersAndBody)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(fixture.App.BaseAddress.Host, fixture.App.BaseAddress.Port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(
            $"POST {ReferencePrices} HTTP/1.1\r\nHost: {fixture.App.BaseAddress.Authority}\r\nContent-Type: application/json\r\nConnection: close\r\n{headersAndBody}"));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return await reader.ReadToEndAsync(timeout.Token);
    }

    private async Task<(HttpStatusCode Status, JsonObject Reply)> PostAsync(string path, HttpContent content)
    {
        using (content)
        {
            content.Headers.ContentType = new("application/json");
            using var response = await http.PostAsync(new Uri(fixture.App.BaseAddress, path), content);
            Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
            return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
        }
    }

    private static void AssertError(JsonObject reply, int code, string says)
    {
        Assert.False(reply["success"]!.GetValue<bool>());
        Assert.Equal(code, reply["errors"]![0]!["code"]!.GetValue<int>());
        Assert.Contains(says, reply["errors"]![0]!["message"]!.GetValue<string>());
    }
}
