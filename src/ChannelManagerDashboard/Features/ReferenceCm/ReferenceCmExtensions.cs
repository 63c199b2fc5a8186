using System.Text.Json;
using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Domain.Mews;
using ChannelManagerDashboard.Features.MewsSimulator;

namespace ChannelManagerDashboard.Features.ReferenceCm;

public static class ReferenceCmExtensions
{
    public const string BasePath = "/reference-cm";

    /// <summary>Large enough for a chunk of a full push; Mews' own pushes are far smaller.</summary>
    public const int MaxBodyBytes = 16 * 1024 * 1024;

    public static IServiceCollection AddReferenceCm(this IServiceCollection services) =>
        services.AddSingleton(provider => ReferenceChannelManager.FromSeed(provider.GetRequiredService<SimulatorSeed>()));

    /// <summary>The reference channel manager's operations at <c>/reference-cm/{operation}</c>, where Simulator projects point.</summary>
    public static IEndpointRouteBuilder MapReferenceCm(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(BasePath + "/{operation}", async (string operation, HttpRequest request, ReferenceChannelManager cm) =>
        {
            if (!ReferenceChannelManager.Serves(operation))
                return Results.NotFound(new { message = $"The reference channel manager has no operation '{operation}'." });
            using var body = new MemoryStream();
            var read = await BoundedCopy.CopyAtMostAsync(request.Body, body, MaxBodyBytes + 1);
            if (read > MaxBodyBytes)
                return Results.Json(new ReferenceAnswer(false, [new MewsError(6, $"The body is larger than {MaxBodyBytes / 1024 / 1024} MB. Split the push into smaller messages.")]), MewsJson.Options);
            try
            {
                using var document = JsonDocument.Parse(body.GetBuffer().AsMemory(0, (int)body.Length));
                return Results.Json(cm.Handle(operation, document.RootElement), MewsJson.Options);
            }
            catch (JsonException)
            {
                return Results.Json(new ReferenceAnswer(false, [new MewsError(6, "The body is not valid JSON. Send the documented JSON body with Content-Type application/json.")]), MewsJson.Options);
            }
        }).DisableAntiforgery();
        // A person who opens an operation's URL in a browser gets the page that explains it; machines POST.
        endpoints.MapGet(BasePath + "/{operation}", (string operation) =>
            Results.Redirect($"{BasePath}?operation={Uri.EscapeDataString(operation)}"));
        return endpoints;
    }
}
