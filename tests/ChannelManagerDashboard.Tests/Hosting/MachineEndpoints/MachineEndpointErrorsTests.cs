using System.Net;
using System.Text.Json.Nodes;
using ChannelManagerDashboard.Hosting.MachineEndpoints;
using ChannelManagerDashboard.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ChannelManagerDashboard.Tests.Hosting.MachineEndpoints;

/// <summary>A machine endpoint that throws answers the documented JSON error 1; a page for people keeps its HTML error.</summary>
public sealed class MachineEndpointErrorsTests : IAsyncLifetime
{
    private LoopbackServer server = default!;

    public async Task InitializeAsync() => server = await LoopbackServer.StartAsync(app =>
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = context => context.Response.WriteAsync("<html>error page</html>") });
        app.UseStatusCodePages("text/html", "<html>status {0}</html>");
        app.UseMachineEndpointErrors();
        app.UseRateLimiter();
        app.MapPost("/machine", string () => throw new InvalidOperationException("the handler broke")).AsMachineEndpoint("test");
        app.MapPost("/page", string () => throw new InvalidOperationException("the handler broke"));
    }, services => services.AddSingleton(TimeProvider.System).AddRouting().AddMachineEndpointLimits("test"));

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task A_failing_machine_endpoint_answers_HTTP_200_with_code_1_and_what_to_do()
    {
        using var http = new HttpClient();
        using var response = await http.PostAsync(new Uri(server.BaseAddress, "/machine"), new StringContent("{}"));
        var reply = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.False(reply["success"]!.GetValue<bool>());
        Assert.Equal(1, reply["errors"]![0]!["code"]!.GetValue<int>());
        Assert.Contains("Send it again in a few seconds", reply["errors"]![0]!["message"]!.GetValue<string>());
        Assert.DoesNotContain("the handler broke", reply.ToJsonString());
    }

    [Fact]
    public async Task A_failing_page_still_gets_the_error_page()
    {
        using var http = new HttpClient();
        using var response = await http.PostAsync(new Uri(server.BaseAddress, "/page"), new StringContent("{}"));

        Assert.Contains("error page", await response.Content.ReadAsStringAsync());
    }
}
