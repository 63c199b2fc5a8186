using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace ChannelManagerDashboard.Features.ConnectorReview;

/// <summary>One request property of a Connector API operation, as its reference table documents it.</summary>
/// <param name="MaxInterval">For a time interval: the longest one allowed, e.g. "3 months"; null when none is documented.</param>
/// <param name="Deprecated">The reference still lists it, marked deprecated.</param>
public sealed record ConnectorProperty(string Name, string Type, bool Required, int? MaxItems, string? MaxInterval, bool Deprecated)
{
    /// <summary>What every request carries (Q3), judged by the format rules rather than per operation.</summary>
    public static readonly IReadOnlySet<string> Envelope = new HashSet<string>(StringComparer.Ordinal) { "ClientToken", "AccessToken", "Client", "LanguageCode", "CultureCode" };

    /// <summary>
    /// Partitions (which services, enterprises, chains) rather than filters: each value is a query of its own when
    /// polling is counted (S8), but none makes a read smaller (S7) or a lookup of given records.
    /// </summary>
    public static readonly IReadOnlySet<string> Partitions = new HashSet<string>(StringComparer.Ordinal) { "ServiceIds", "EnterpriseIds", "ChainIds" };

    public bool IsInterval { get; } = Type == "Time interval";

    /// <summary>
    /// A documented filter: it chooses which records come back (ids, names, emails, numbers, states, intervals, …),
    /// unlike the envelope, the partitions, paging and extents.
    /// </summary>
    public bool IsFilter { get; } = !Envelope.Contains(Name) && !Partitions.Contains(Name) && Type != "Limitation" && Name != "Extent"
                                    && !Type.EndsWith("extent", StringComparison.OrdinalIgnoreCase);

    /// <summary>A list of free values (ids, names, emails, numbers) rather than of states or types.</summary>
    public bool IsValueList { get; } = Type == "array of string";

    /// <summary>Holds values of a documented set (a state, a type, a classification), where a renamed value shows.</summary>
    public bool IsEnumerated { get; } = Type is not ("string" or "array of string" or "boolean" or "integer" or "number") && !Type.StartsWith("string ", StringComparison.Ordinal);
}

/// <summary>A documented Connector API operation (generated from Mews' public reference, open-api-docs@f6eb4925).</summary>
/// <param name="Path">The full path, e.g. /api/connector/v1/reservations/getAll/2023-06-06.</param>
/// <param name="Paginated">It takes <c>Limitation</c> (cursor and count).</param>
public sealed record ConnectorOperation(
    string Title,
    string Path,
    bool Deprecated,
    bool Discontinued,
    string? Replacement,
    string? DeprecatedOn,
    string? DiscontinuedOn,
    bool Paginated,
    IReadOnlyList<ConnectorProperty> Properties)
{
    public const string Prefix = "/api/connector/v1/";

    private const int MaxNameChars = 64;

    // Looked up for every property of every request: by name, and by a sent name without making a string of it.
    private readonly Dictionary<string, ConnectorProperty> byName = Properties.DistinctBy(p => p.Name).ToDictionary(p => p.Name, StringComparer.Ordinal);

    /// <summary>The part after the prefix, e.g. reservations/getAll/2023-06-06, as partners declare it.</summary>
    public string Name { get; } = NameOf(Path);

    /// <summary>A path as partners declare it: without the /api/connector/v1/ prefix.</summary>
    public static string NameOf(string path) => path.StartsWith(Prefix, StringComparison.Ordinal) ? path[Prefix.Length..] : path.TrimStart('/');

    /// <summary>A name as partners declare it, as a full path: the prefix added unless it starts with /.</summary>
    public static string PathOf(string name) => name.StartsWith('/') ? name : Prefix + name;

    public ConnectorProperty? Property(string name) => byName.GetValueOrDefault(name);

    /// <summary>The documented property a request sent; null when the reference does not know its name.</summary>
    public ConnectorProperty? Property(JsonProperty sent)
    {
        var raw = JsonMarshal.GetRawUtf8PropertyName(sent);
        if (raw.Length > MaxNameChars || raw.Contains((byte)'\\'))
            return Property(sent.Name);
        Span<char> name = stackalloc char[MaxNameChars];
        var length = Encoding.UTF8.GetChars(raw, name);
        return byName.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name[..length], out var property) ? property : null;
    }

    /// <summary>The documented property spelt like <paramref name="name"/> but for letter case; null when there is none.</summary>
    public ConnectorProperty? PropertyIgnoringCase(string name) => Properties.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The documented filters, deprecated ones left out.</summary>
    public IReadOnlyList<ConnectorProperty> Filters { get; } = [.. Properties.Where(p => p is { IsFilter: true, Deprecated: false })];

    /// <summary>What the reference marks required, but for the envelope (Q3) and Limitation (pagination).</summary>
    public IReadOnlyList<ConnectorProperty> Required { get; } =
        [.. Properties.Where(p => p is { Required: true, Deprecated: false } && p.Name != "Limitation" && !ConnectorProperty.Envelope.Contains(p.Name))];
}

/// <summary>A documented use case and the operations its page links to.</summary>
public sealed record ConnectorUseCase(string Name, string Page, IReadOnlyList<string> Operations);
