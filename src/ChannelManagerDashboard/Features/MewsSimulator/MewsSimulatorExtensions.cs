using System.Text;
using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Domain.Mews;
using ChannelManagerDashboard.Hosting;
using Microsoft.Extensions.Options;

namespace ChannelManagerDashboard.Features.MewsSimulator;

public static class MewsSimulatorExtensions
{
    /// <summary>Where the simulator's Mews lives in this app: its operations are under {BasePath}/api/channelManager/v1/.</summary>
    public const string BasePath = "/simulator/mews";

    public static IServiceCollection AddMewsSimulator(this IServiceCollection services)
    {
        services.AddOptions<MewsSimulatorOptions>().BindConfiguration(MewsSimulatorOptions.Section)
            .ValidateRules(MewsSimulatorOptions.Section, o => o.Problem()).ValidateOnStart();
        services.AddSingleton(provider => SimulatorSeed.Load(
            Path.Combine(AppContext.BaseDirectory, provider.GetRequiredService<IOptions<MewsSimulatorOptions>>().Value.SeedFile)));
        services.AddSingleton<ConfirmationInbox>();
        return services.AddSingleton<MewsSimulator>();
    }

    /// <summary>The simulator's operations, at the same path shape as https://api.mews-demo.com/api/channelManager/v1/{operation}.</summary>
    public static IEndpointRouteBuilder MapMewsSimulator(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(BasePath + MewsPaths.OperationPrefix + "{operation}",
            async (string operation, HttpRequest request, MewsSimulator simulator) =>
            {
                using var body = new MemoryStream();
                var read = await BoundedCopy.CopyAtMostAsync(request.Body, body, MewsSimulator.MaxBodyBytes + 1);
                var reply = read > MewsSimulator.MaxBodyBytes
                    ? SimulatorReply.Error(6, $"The body is larger than {MewsSimulator.MaxBodyBytes / 1024} KB.")
                    : simulator.Handle(operation, request.ContentType, Encoding.UTF8.GetString(body.GetBuffer(), 0, (int)body.Length));
                return Results.Json(reply);
            }).DisableAntiforgery();
        return endpoints;
    }
}
