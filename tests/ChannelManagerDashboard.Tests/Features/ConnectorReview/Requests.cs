using System.Text.Json;
using ChannelManagerDashboard.Features.ConnectorReview;

namespace ChannelManagerDashboard.Tests.Features.ConnectorReview;

/// <summary>Small runs for the checks: calls a few seconds apart on one token, each overridable.</summary>
public static class Requests
{
    public static readonly DateTimeOffset Start = new(2026, 11, 28, 8, 0, 0, TimeSpan.Zero);

    public const string GetAllReservations = "reservations/getAll/2023-06-06";

    public static readonly ConnectorCatalog Catalog = ConnectorCatalog.Shipped;

    /// <summary>A declaration of Get all reservations under <paramref name="useCase"/> (none when empty).</summary>
    public static DeclaredWorkflow Declared(string useCase) =>
        DeclaredWorkflow.Parse($$"""{"useCases":[{{(useCase.Length > 0 ? $"\"{useCase}\"" : "")}}],"operations":["{{GetAllReservations}}"]}""", Catalog).Value!;

    /// <summary>A body reading reservations updated in the window, a page of up to 1000 from <paramref name="cursor"/>.</summary>
    public static string Window(DateTimeOffset start, DateTimeOffset end, string cursor = "null") =>
        With($$"""
        "UpdatedUtc":{"StartUtc":"{{start.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}}","EndUtc":"{{end.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}}"},"Limitation":{"Cursor":{{cursor}},"Count":1000}
        """);

    public static ConnectorRequest Request(int index, string operation, TimeSpan at, int status = 200, string token = "token-a", TimeSpan? retryAfter = null,
        string body = """{"ClientToken":"[redacted]","AccessToken":"[redacted]","Client":"Sample 1.0.0"}""") =>
        new(index, Start + at, "POST", $"https://api.mews-demo.com{ConnectorOperation.Prefix}{operation}", ConnectorOperation.Prefix + operation, status, 80, body,
            token, $"r-{index}", retryAfter, "application/json");

    public static CheckVerdict Review(IReviewCheck check, params ConnectorRequest[] requests)
    {
        foreach (var request in requests)
        {
            using var body = Body(request.RequestBody);
            check.Add(request, body?.RootElement ?? default);
        }
        return check.Finish();
    }

    /// <summary>A body with the envelope every request carries and the given properties.</summary>
    public static string With(string properties) =>
        "{\"ClientToken\":\"[redacted]\",\"AccessToken\":\"[redacted]\",\"Client\":\"Sample 1.0.0\"" + (properties.Length > 0 ? "," + properties : "") + "}";

    private static JsonDocument? Body(string text)
    {
        try
        {
            return JsonDocument.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
