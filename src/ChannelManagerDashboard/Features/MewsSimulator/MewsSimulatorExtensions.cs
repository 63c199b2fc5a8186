using System.Text;
using ChannelManagerDashboard.Data;
using ChannelManagerDashboard.Domain.Mews;
using ChannelManagerDashboard.Features.MewsApi;
using ChannelManagerDashboard.Hosting;
using ChannelManagerDashboard.Hosting.MachineEndpoints;
using ChannelManagerDashboard.Hosting.Outbound;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ChannelManagerDashboard.Features.MewsSimulator;

public static class MewsSimulatorExtensions
{
    /// <summary>Where the simulator's Mews lives in this app: its operations are under {BasePath}/api/channelManager/v1/.</summary>
    public const string BasePath = "/simulator/mews";

    /// <summary>What tells the Mews client that the simulator environment is served here, at <see cref="BasePath"/>.</summary>
    public static SimulatorPath OwnPath { get; } = new(BasePath);

    public static IServiceCollection AddMewsSimulator(this IServiceCollection services)
    {
        services.AddOptions<MewsSimulatorOptions>().BindConfiguration(MewsSimulatorOptions.Section)
            .ValidateRules(MewsSimulatorOptions.Section, o => o.Validate()).ValidateOnStart();
        services.AddSingleton(provider => SimulatorSeed.Load(
            Path.Combine(AppContext.BaseDirectory, provider.GetRequiredService<IOptions<MewsSimulatorOptions>>().Value.SeedFile)));
        services.AddSingleton(provider => new SimulatorConnections(provider.GetRequiredService<SimulatorSeed>(), SimulatorKey.LoadOrCreate(provider.GetRequiredService<IDbContextFactory<DashboardDbContext>>(),
            provider.GetRequiredService<DataFolder>(), provider.GetRequiredService<IDataProtectionProvider>(), provider.GetRequiredService<ILogger<MewsSimulator>>())));
        services.AddSingleton<ConfirmationInbox>();
        services.AddSingleton<BookingInbox>();
        services.AddMachineEndpointLimits(nameof(MewsSimulator)).AddOwnEndpoint(BasePath);
        services.AddSingleton(OwnPath);
        return services.AddSingleton<MewsSimulator>();
    }

    /// <summary>The simulator's operations, at the same path shape as https://api.mews-demo.com/api/channelManager/v1/{operation}.</summary>
    public static IEndpointRouteBuilder MapMewsSimulator(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(BasePath + MewsPaths.OperationPrefix + "{operation}",
            async (string operation, HttpRequest request, MewsSimulator simulator) =>
            {
                var (body, problem) = await MachineRequests.ReadBodyAsync(request, MewsSimulator.MaxBodyBytes);
                return Results.Json(body is null ? problem : simulator.Handle(operation, request.ContentType, Encoding.UTF8.GetString(body)));
            }).AsMachineEndpoint(nameof(MewsSimulator));
        endpoints.MapPost(BasePath + MewsSimulator.ProcessGroupPath, async (HttpRequest request, MewsSimulator simulator) =>
            {
                var (body, problem) = await MachineRequests.ReadBodyAsync(request, MewsSimulator.MaxBodyBytes);
                return Results.Json(body is null ? problem : simulator.ProcessGroup(request.ContentType, Encoding.UTF8.GetString(body)));
            }).AsMachineEndpoint(nameof(MewsSimulator));
        return endpoints;
    }
}
