using System.Globalization;
using System.Text.Json.Nodes;

namespace ChannelManagerDashboard.Features.ConnectorReview.Sample;

/// <summary>
/// The sample's JSON Lines as a partner's log holds them. Tokens, durations and Request-Ids come from one seeded
/// random, so the same seed always gives the same log.
/// </summary>
internal sealed class SampleLog(int seed, bool secondToken)
{
    private const string Base = "https://api.mews-demo.com/api/connector/v1/";

    private readonly List<(DateTimeOffset At, string Line)> lines = [];

    public Random Random { get; } = new(seed);

    /// <summary>Whether the work is shared between two AccessTokens (the mistaken integration, except in its burst).</summary>
    public bool SecondToken { get; set; } = secondToken;

    public IEnumerable<string> Lines() => lines.OrderBy(l => l.At).Select(l => l.Line);

    public DateTimeOffset Request(DateTimeOffset at, string operation, JsonObject body, int status = 200, string client = SampleIntegration.ClientName, int? retryAfter = null)
    {
        var request = new JsonObject
        {
            ["ClientToken"] = "E0D439EE522F44368DC78E1BFB03710C-D24FB11DBE31D4621C4817E028D9E1D",
            ["AccessToken"] = SecondToken && Random.Next(0, 2) == 0 ? "C66EF7B239D24632943D115EDE9CB810-EA00F8FD8294692C940F6B5A8F9453D" : "7059D2C25BF64EA681ACAB3A00B859CC-D91BFF2B1E3047A3E0DEC1D57BE1382",
            ["Client"] = client,
        };
        foreach (var (name, value) in body.ToList())
        {
            body.Remove(name);
            request[name] = value;
        }
        var duration = status == 503 ? 30000 : Random.Next(60, 900);
        var headers = new JsonObject { ["Request-Id"] = Guid(at) };
        if (retryAfter is { } wait)
            headers["Retry-After"] = wait.ToString(CultureInfo.InvariantCulture);
        var line = new JsonObject
        {
            ["timeUtc"] = at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
            ["method"] = "POST",
            ["url"] = Base + operation,
            ["status"] = status,
            ["durationMs"] = duration,
            ["requestBody"] = request.ToJsonString(),
            ["requestId"] = headers["Request-Id"]!.GetValue<string>(),
            ["responseHeaders"] = headers,
        };
        lines.Add((at, line.ToJsonString()));
        return at.AddMilliseconds(duration);
    }

    public static JsonObject Limitation(string? cursor) => new() { ["Cursor"] = cursor, ["Count"] = 1000 };

    public static JsonObject Interval(DateTimeOffset start, DateTimeOffset end) => new() { ["StartUtc"] = Utc(start), ["EndUtc"] = Utc(end) };

    public static JsonArray Ids(params string[] ids) => new([.. ids.Select(id => (JsonNode)id)]);

    public static string Utc(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    public string Guid(DateTimeOffset at) => new Guid(Random.Next(), (short)at.Minute, (short)at.Second, [.. Enumerable.Range(0, 8).Select(_ => (byte)Random.Next(256))]).ToString();
}
