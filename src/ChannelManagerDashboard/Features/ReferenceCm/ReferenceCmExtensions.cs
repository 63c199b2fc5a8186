using System.Text.Json;
using ChannelManagerDashboard.Domain.Mews;
using ChannelManagerDashboard.Features.MewsSimulator;
using ChannelManagerDashboard.Hosting.MachineEndpoints;
using ChannelManagerDashboard.Hosting.Outbound;

namespace ChannelManagerDashboard.Features.ReferenceCm;

public static class ReferenceCmExtensions
{
    public const string BasePath = "/reference-cm";

    /// <summary>Large enough for a chunk of a full push; Mews' own pushes are far smaller.</summary>
    public const int MaxBodyBytes = 16 * 1024 * 1024;

    public static IServiceCollection AddReferenceCm(this IServiceCollection services) =>
        services.AddMachineEndpointLimits(nameof(ReferenceCm)).AddOwnEndpoint(BasePath)
            .AddSingleton(provider => ReferenceChannelManager.FromSeed(provider.GetRequiredService<SimulatorSeed>(), provider.GetService<SimulatorConnections>()));

    /// <summary>The reference channel manager's operations at <c>/reference-cm/{operation}</c>, where Simulator projects point.</summary>
    public static IEndpointRouteBuilder MapReferenceCm(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(BasePath + "/{operation}", async (string operation, HttpRequest request, ReferenceChannelManager cm) =>
        {
            if (!ReferenceChannelManager.Serves(operation))
                return Results.NotFound(new { message = $"The reference channel manager has no operation '{operation}'." });
            var (body, problem) = await MachineRequests.ReadBodyAsync(request, MaxBodyBytes);
            if (body is null)
                return Results.Json(problem);
            try
            {
                using var document = JsonDocument.Parse(body);
                return Results.Json(MewsErrorProblem.Response(cm.Handle(operation, document.RootElement)), MewsJson.Options);
            }
            catch (JsonException)
            {
                return Results.Json(MachineRequests.Error(6, "The body is not valid JSON. Send the documented JSON body with Content-Type application/json."));
            }
            catch (InvalidOperationException)
            {
                return Results.Json(MachineRequests.Error(6, "The body holds a string that is not valid text (an escape such as \\ud800 that stands for no character)."));
            }
        }).AsMachineEndpoint(nameof(ReferenceCm));
        // A person who opens an operation's URL in a browser gets the page that explains it; machines POST.
        endpoints.MapGet(BasePath + "/{operation}", (string operation) =>
            Results.Redirect($"{BasePath}?operation={Uri.EscapeDataString(operation)}")).AllowAnonymous();
        return endpoints;
    }
}
