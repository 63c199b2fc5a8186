using System.Text;
using ChannelManagerDashboard.Features.MewsApi;
using Microsoft.Extensions.Options;

namespace ChannelManagerDashboard.Features.MewsSimulator;

public static class MewsSimulatorExtensions
{
    public static IServiceCollection AddMewsSimulator(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<MewsSimulatorOptions>(configuration.GetSection(MewsSimulatorOptions.Section));
        services.AddSingleton(provider => SimulatorSeed.Load(
            Path.Combine(AppContext.BaseDirectory, provider.GetRequiredService<IOptions<MewsSimulatorOptions>>().Value.SeedFile)));
        return services.AddSingleton<MewsSimulator>();
    }

    /// <summary>The simulator's operations, at the same path shape as https://api.mews-demo.com/api/channelManager/v1/{operation}.</summary>
    public static IEndpointRouteBuilder MapMewsSimulator(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(MewsBaseUrls.SimulatorPath + MewsBaseUrls.OperationPrefix + "{operation}",
            async (string operation, HttpRequest request, MewsSimulator simulator) =>
            {
                var body = await ReadAtMostAsync(request.Body, MewsSimulator.MaxBodyBytes);
                var reply = body is null
                    ? SimulatorReply.Error(6, $"The body is larger than {MewsSimulator.MaxBodyBytes / 1024} KB.")
                    : simulator.Handle(operation, request.ContentType, body);
                return Results.Json(reply);
            }).DisableAntiforgery();
        return endpoints;
    }

    private static async Task<string?> ReadAtMostAsync(Stream body, int limit)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk)) > 0)
        {
            if (buffer.Length + read > limit)
                return null;
            buffer.Write(chunk, 0, read);
        }
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
