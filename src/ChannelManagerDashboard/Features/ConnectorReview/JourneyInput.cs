using System.Text.Json;
using ChannelManagerDashboard.Domain.Common;

namespace ChannelManagerDashboard.Features.ConnectorReview;

/// <summary>An operation row as the user types it on the declaration.</summary>
public sealed class OperationInput
{
    public string Name { get; set; } = "";
    public string Purpose { get; set; } = "";
    public string Frequency { get; set; } = "";
}

/// <summary>What the user types on the Connector journey; kept as typed, so nothing is lost when a save is refused.</summary>
public sealed class JourneyInput
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public bool Registered { get; set; }
    public List<string> UseCases { get; set; } = [];
    public List<OperationInput> Operations { get; set; } = [];
    public string ExpectedLoad { get; set; } = "";
    public DateTime? FormSentOn { get; set; }
    public DateTime? TokenReceivedOn { get; set; }
    public string MewsAddress { get; set; } = ConnectorJourney.DemoAddress;
    public bool PublicIntegration { get; set; } = true;
    public DateTime? PilotStart { get; set; }
    public DateTime? PilotEnd { get; set; }
    public DateTime? ProductionOn { get; set; }

    public static JourneyInput From(ConnectorJourney journey) => new()
    {
        Registered = journey.Registered,
        UseCases = [.. journey.UseCases.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
        Operations = [.. Declared(journey).Select(o => new OperationInput { Name = o.Name, Purpose = o.Purpose, Frequency = o.Frequency })],
        ExpectedLoad = journey.ExpectedLoad,
        FormSentOn = Day(journey.FormSentOn),
        TokenReceivedOn = Day(journey.TokenReceivedOn),
        MewsAddress = journey.MewsAddress,
        PublicIntegration = journey.PublicIntegration,
        PilotStart = Day(journey.PilotStart),
        PilotEnd = Day(journey.PilotEnd),
        ProductionOn = Day(journey.ProductionOn),
    };

    public static IReadOnlyList<DeclaredOperation> Declared(ConnectorJourney journey)
    {
        try
        {
            return JsonSerializer.Deserialize<List<DeclaredOperation>>(journey.Operations, Json) ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    public bool IsSameAs(JourneyInput other) => JsonSerializer.Serialize(this, Json) == JsonSerializer.Serialize(other, Json);

    public JourneyInput Copy() => JsonSerializer.Deserialize<JourneyInput>(JsonSerializer.Serialize(this, Json), Json)!;

    /// <summary>Adds the operations a use case's page documents that are not listed yet, with empty purpose and frequency.</summary>
    public int Propose(ConnectorUseCase useCase)
    {
        var added = 0;
        foreach (var path in useCase.Operations.Select(ConnectorOperation.NameOf).Where(n => Operations.All(o => o.Name != n)))
        {
            Operations.Add(new OperationInput { Name = path });
            added++;
        }
        return added;
    }

    /// <summary>Field name → message, empty when the input can be saved.</summary>
    public IReadOnlyDictionary<string, string> Validate(ConnectorCatalog catalog, DateOnly today)
    {
        var errors = new Dictionary<string, string>();
        if (UseCases.FirstOrDefault(u => catalog.UseCase(u) is null) is { } unknown)
            errors[nameof(UseCases)] = $"'{unknown}' is not a documented use case.";
        var named = Operations.Where(o => o.Name.Trim().Length > 0).ToList();
        if (named.Select(o => Refusal(o, catalog)).FirstOrDefault(r => r is not null) is { } refusal)
            errors[nameof(Operations)] = refusal;
        else if (named.GroupBy(o => PathOf(o.Name, catalog)).FirstOrDefault(g => g.Count() > 1) is { } twice)
            errors[nameof(Operations)] = $"{twice.First().Name.Trim()} is listed twice; keep one row per operation.";
        if (ExpectedLoad.Length > 4000)
            errors[nameof(ExpectedLoad)] = "Keep the expected load under 4000 characters.";
        if (Forwardable(MewsAddress.Trim()) is { Succeeded: false } refused)
            errors[nameof(MewsAddress)] = refused.Message;
        if (PilotStart is { } start && PilotEnd is { } end && end < start)
            errors[nameof(PilotEnd)] = "The pilot ends before it starts; pick an end on or after the start.";
        foreach (var (field, value) in new[] { (nameof(FormSentOn), FormSentOn), (nameof(TokenReceivedOn), TokenReceivedOn), (nameof(ProductionOn), ProductionOn) })
        {
            if (value is { } day && DateOnly.FromDateTime(day) > today.AddDays(1))
                errors[field] = "That date is in the future; enter the day it happened.";
        }
        return errors;
    }

    /// <summary>
    /// Why an operation row cannot be saved; null when it can. A path the reference does not document is saved with its
    /// purpose as the reason, unless it differs from a documented one only by letter case or a trailing slash: that is
    /// a typo, whatever the purpose says.
    /// </summary>
    public static string? Refusal(OperationInput operation, ConnectorCatalog catalog)
    {
        var name = operation.Name.Trim();
        if (name.Length == 0 || catalog.Find(name) is not null)
            return null;
        if (catalog.Resembling(name) is { } documented)
            return $"'{name}' is not a documented operation path; the reference has {documented.Name} (the match is case-sensitive).";
        return operation.Purpose.Trim().Length == 0
            ? $"'{name}' is not a documented operation path; write it as in the reference, e.g. reservations/getAll/2023-06-06 (case-sensitive), " +
              "or, if the integration calls it though the reference does not document it, give the reason in its purpose."
            : null;
    }

    public ConnectorJourney ApplyTo(ConnectorJourney journey, ConnectorCatalog catalog)
    {
        journey.Registered = Registered;
        journey.UseCases = string.Join('\n', UseCases.Select(u => catalog.UseCase(u)!.Name).Distinct());
        journey.Operations = JsonSerializer.Serialize(Operations.Where(o => o.Name.Trim().Length > 0)
            .Select(o => new DeclaredOperation(ConnectorOperation.NameOf(PathOf(o.Name, catalog)), o.Purpose.Trim(), o.Frequency.Trim())).ToList(), Json);
        journey.ExpectedLoad = ExpectedLoad.Trim();
        journey.FormSentOn = Date(FormSentOn);
        journey.TokenReceivedOn = Date(TokenReceivedOn);
        journey.MewsAddress = MewsAddress.Trim().TrimEnd('/');
        journey.PublicIntegration = PublicIntegration;
        journey.PilotStart = Date(PilotStart);
        journey.PilotEnd = Date(PilotEnd);
        journey.ProductionOn = Date(ProductionOn);
        return journey;
    }

    /// <summary>Any https address (the Mews demo), or http on this machine for a local fake Mews.</summary>
    /// <returns>Done, or why the proxy may not forward there, on <see cref="MewsAddress"/>.</returns>
    public static Result Forwardable(string address)
    {
        var why = "";
        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
            why = $"'{address}' is not a web address; the Mews demo is {ConnectorJourney.DemoAddress}.";
        else if (uri.Scheme == "http" && !uri.IsLoopback)
            why = "Use https: tokens travel in the body. Plain http is allowed only for a fake Mews on this machine (localhost, 127.0.0.1).";
        else if (uri.AbsolutePath.Trim('/').Length > 0 || uri.Query.Length > 0)
            why = $"Give the address without a path: the proxy adds {ConnectorOperation.Prefix}…, e.g. {ConnectorJourney.DemoAddress}.";
        else if (MewsHosts.Of(uri.Host) == MewsHostKind.Production)
            why = "That is Mews production; the certification run goes to the demo, " + ConnectorJourney.DemoAddress + ".";
        return why.Length == 0 ? Result.Ok() : Result.Invalid(nameof(MewsAddress), why);
    }

    /// <summary>The documented operation's path, or the path as typed for one the reference does not document.</summary>
    public static string PathOf(string name, ConnectorCatalog catalog) =>
        catalog.Find(name.Trim())?.Path ?? ConnectorOperation.PathOf(name.Trim());

    private static DateTime? Day(DateOnly? date) => date?.ToDateTime(TimeOnly.MinValue);

    private static DateOnly? Date(DateTime? day) => day is { } value ? DateOnly.FromDateTime(value) : null;
}
