using System.Text.Json;
using System.Text.RegularExpressions;
using ChannelManagerDashboard.Domain.Common;

namespace ChannelManagerDashboard.Features.ConnectorReview.Checks;

/// <summary>
/// S5: every request as the Connector API guidelines and the operation's reference want it: POST to a documented path,
/// spelled exactly (Q1); a JSON body sent as application/json (Q2); ClientToken, AccessToken and one Client of the
/// integration's own with its version, LanguageCode and CultureCode together (Q3); every *Utc value in ISO 8601 UTC
/// (Q4); the demo host, not production (Q5); every property the reference marks required. Properties the reference
/// does not know are warnings. The public demo tokens are not in the reference this review is built from, and tokens
/// are redacted as a log is read, so only the host tells a run that is not on the demo.
/// </summary>
public sealed partial class FormatCheck(ConnectorCatalog catalog, DeclaredWorkflow? declared = null) : IReviewCheck
{
    /// <summary>Ours: fractional seconds past this many are valid ISO 8601 but beyond what many parsers keep (100 ns).</summary>
    public const int FractionDigits = 7;

    /// <summary>Ours: distinct unknown properties or hosts named; more are left out, so a hostile log stays small.</summary>
    public const int MaxWarnings = 100;

    /// <summary>Ours: distinct format problems named one by one (a method, a Content-Type, a host each); requests with further ones are counted together.</summary>
    public const int MaxProblems = 100;

    private readonly FindingGroups<string> broken = new();
    private readonly RequestSample unnamed = new();
    private readonly FindingGroups<(string Operation, string Property)> missing = new();
    private readonly FindingGroups<string> warned = new();
    private readonly FindingGroups<string> ours = new();
    private readonly ClientNames clients = new();
    private readonly UndocumentedPaths undocumented = new(catalog, declared ?? new DeclaredWorkflow([], [], []));
    private (string Prefix, string Host, MewsHostKind Kind)? lastHost;
    private (string Text, ClientName Parsed)? lastClient;

    private static readonly string[] Credentials = ["ClientToken", "AccessToken", "Client"];

    public void Add(ConnectorRequest request, JsonElement body)
    {
        if (request.Method != "POST")
            Note($"Q1: sent with {request.Method}; every Connector API call is a POST.", request);
        var operation = catalog.Find(request.Path);
        if (operation is null)
            undocumented.Add(request);
        CheckHost(request);
        if (request.ContentType is { } type && !type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
            Note($"Q2: sent as {type}; Mews wants Content-Type: application/json.", request);
        if (body.ValueKind != JsonValueKind.Object)
        {
            Note(body.ValueKind == JsonValueKind.Undefined ? "Q2: the request body is not JSON; Mews wants a JSON object." : "Q2: the request body is not a JSON object; Mews wants one.", request,
                request.RequestBody.Length == 0 ? "an empty body" : TextCut.Shorten(request.RequestBody, 40));
            return;
        }
        foreach (var name in Credentials)
        {
            if (!body.TryGetProperty(name, out _))
                Note($"Q3: {name} is missing; every request carries ClientToken, AccessToken and Client.", request);
        }
        if (body.TryGetProperty("Client", out var client))
        {
            var parsed = client.ValueKind == JsonValueKind.String ? Parse(client.GetString()!) : null;
            if (parsed is not null)
                clients.Add(request, parsed);
            if (parsed?.Version is null)
                Note("Q3: Client has no version; Mews wants the application's name and version, e.g. \"Acme Revenue 2.4.1\".", request, client.GetRawText());
        }
        if (body.TryGetProperty("LanguageCode", out _) != body.TryGetProperty("CultureCode", out _))
            Note("Q3: LanguageCode and CultureCode are optional but go together; send both or neither.", request);
        CheckTimes(body, request);
        if (operation is not null)
            CheckProperties(operation, body, request);
    }

    public CheckVerdict Finish()
    {
        var (clientFailures, clientWarnings) = clients.Finish();
        var pathFailures = undocumented.Finish();
        var required = missing.InOrder.Select(m => Required(m.Key.Operation, m.Key.Property, m.Sample)).ToList();
        var more = unnamed.Count > 0
            ? [new ReviewFinding($"{Counted.Of(unnamed.Count, "call")} with format problems past the {MaxProblems} named above. Mews answered: {unnamed.Answers}.", unnamed.Requests)]
            : Array.Empty<ReviewFinding>();
        var failures = pathFailures.Concat(broken.Findings()).Concat(more).Concat(required.Where(r => !r.Accepted).Select(r => r.Finding)).Concat(clientFailures).ToList();
        var findings = failures.Concat(required.Where(r => r.Accepted).Select(r => r.Finding)).Concat(clientWarnings)
            .Concat(warned.Findings("Warning: ")).Concat(ours.Findings("Warning (ours): ")).ToList();
        return new("S5", "Request format (Q1–Q5)", failures.Count == 0, false, findings);
    }

    /// <summary>
    /// A required property left out: the 400 is said only when Mews answered one; when Mews accepted every such request,
    /// a warning, since the reference still marks it required.
    /// </summary>
    private static (ReviewFinding Finding, bool Accepted) Required(string operation, string property, RequestSample sample)
    {
        var shown = $"First sent: {sample.Sent}. Mews answered: {sample.Answers}.";
        if (sample.Successes.Requests == sample.Count)
            return (new($"Warning: {Counted.Of(sample.Count, "call")}: {operation} requires {property} and it was not sent: the reference marks it required; Mews accepted it here, but may refuse it. {shown}", sample.Requests), true);
        var refused = sample.Answered(400) ? "; Mews answers such a call 400" : "";
        return (new($"{Counted.Of(sample.Count, "call")}: {operation} requires {property} (the reference marks it required) and it was not sent{refused}. {shown}", sample.Requests), false);
    }

    private void CheckHost(ConnectorRequest request)
    {
        // A run calls one or two hosts: the last one's answer is reused rather than parsing every URL.
        if (lastHost is not { } known || !request.Url.StartsWith(known.Prefix, StringComparison.Ordinal) || request.Url.Length > known.Prefix.Length && request.Url[known.Prefix.Length] != '/')
        {
            if (!Uri.TryCreate(request.Url, UriKind.Absolute, out var uri))
                return;
            lastHost = known = (uri.GetLeftPart(UriPartial.Authority), uri.Host.ToLowerInvariant(), MewsHosts.Of(uri.Host));
        }
        var host = known.Host;
        switch (known.Kind)
        {
            case MewsHostKind.Production:
                Note($"Q5: sent to the production host {host}; a certification run goes to the demo, https://{MewsHosts.Demo}, and Mews cannot review production traffic as one.", request, request.Url);
                break;
            case MewsHostKind.Other:
                Warn(ours, $"Q5: sent to {host}, neither the Mews demo nor production (a local fake, or a proxy that logged its own address?); the run Mews reviews reaches https://{MewsHosts.Demo}.", request, request.Url);
                break;
        }
    }

    /// <summary>Required properties the request left out, and properties the reference does not know.</summary>
    private void CheckProperties(ConnectorOperation operation, JsonElement body, ConnectorRequest request)
    {
        for (var i = 0; i < operation.Required.Count; i++)
        {
            var required = (operation.Name, operation.Required[i].Name);
            if (!body.TryGetProperty(required.Item2, out var value) || value.ValueKind == JsonValueKind.Null)
                missing.Add(required, request, missing.Has(required) ? null : FindingText.Properties(body));
        }
        if (operation.Properties.Count == 0)
            return;
        foreach (var property in body.EnumerateObject())
        {
            if (operation.Property(property) is not null || ConnectorProperty.Envelope.Contains(property.Name) || PropertyDeprecations.Find(operation, property.Name) is not null)
                continue;
            var spelt = operation.PropertyIgnoringCase(property.Name) is { } match ? $": the reference has {match.Name}" : "";
            Warn(warned, $"{operation.Name}: {property.Name} is not in the current reference (check spelling and letter case{spelt}); the API ignores a property it does not know, so what it was meant to do does not happen.", request, null);
        }
    }

    private void CheckTimes(JsonElement element, ConnectorRequest request)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name.EndsWith("Utc", StringComparison.Ordinal) && property.Value.ValueKind == JsonValueKind.String)
                        CheckTime(property.Name, property.Value.GetString()!, request);
                    else
                        CheckTimes(property.Value, request);
                }
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                    CheckTimes(item, request);
                break;
        }
    }

    private void CheckTime(string name, string value, ConnectorRequest request)
    {
        var match = UtcTime().Match(value);
        if (!match.Success)
            Note($"Q4: {name} is not ISO 8601 UTC; Mews wants YYYY-MM-DDThh:mm:ssZ, e.g. 2023-03-22T05:00:00Z.", request, value);
        else if (match.Groups[1].Length > FractionDigits)
            Warn(ours, $"Q4: {name} has {match.Groups[1].Length} fractional digits; that is valid ISO 8601, but the reference's examples use whole seconds and many parsers keep at most {FractionDigits} (100 ns), so send at most {FractionDigits}.", request, value);
    }

    /// <summary>A run sends one Client (or should): parsed once, not on every request.</summary>
    private ClientName Parse(string client)
    {
        if (lastClient is not { } last || last.Text != client)
            lastClient = last = (client, ClientName.Parse(client));
        return last.Parsed;
    }

    private void Note(string problem, ConnectorRequest request, string? sent = null)
    {
        if (broken.Count < MaxProblems || broken.Has(problem))
            broken.Add(problem, request, sent);
        else
            unnamed.Add(request, null);
    }

    private static void Warn(FindingGroups<string> warnings, string problem, ConnectorRequest request, string? sent)
    {
        if (warnings.Count < MaxWarnings || warnings.Has(problem))
            warnings.Add(problem, request, sent);
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.(\d+))?Z$")]
    private static partial Regex UtcTime();
}
