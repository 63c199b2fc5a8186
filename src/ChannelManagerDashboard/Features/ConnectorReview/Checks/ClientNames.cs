using ChannelManagerDashboard.Domain.Common;

namespace ChannelManagerDashboard.Features.ConnectorReview.Checks;

/// <summary>
/// Q3 across the run: Mews finds an integration's demo activity by its Client, so one run sends one Client name of its
/// own. A name that differs from request to request fails; a version that changes (a release mid-run) and a name that looks
/// like a library's or an SDK's default (ours) are warnings.
/// </summary>
public sealed class ClientNames
{
    /// <summary>Ours: distinct names followed; any more are counted together.</summary>
    public const int MaxNames = 20;

    private const int MaxVersions = 5;
    private const string Others = "(other names)";

    private readonly Dictionary<string, Name> names = new(StringComparer.Ordinal);

    public void Add(ConnectorRequest request, ClientName parsed)
    {
        var key = names.Count >= MaxNames && !names.ContainsKey(parsed.Name) ? Others : parsed.Name;
        if (!names.TryGetValue(key, out var name))
            names[key] = name = key == Others ? new Name(new(Others, Others, null), request.Index) : new Name(parsed, request.Index);
        name.Requests++;
        // The names pooled past the cap are many integrations' or none: their versions say nothing of a release.
        if (key != Others && parsed.Version is { } version && name.Versions.Count < MaxVersions && name.Versions.All(v => v.Version != version))
            name.Versions.Add((version, request.Index));
    }

    /// <returns>What fails (more than one name), then the warnings.</returns>
    public (IReadOnlyList<ReviewFinding> Failures, IReadOnlyList<ReviewFinding> Warnings) Finish()
    {
        var ordered = names.Values.OrderBy(n => n.First).ToList();
        var failures = ordered.Count > 1
            ? [new ReviewFinding($"Q3: the run sends {(names.ContainsKey(Others) ? $"more than {MaxNames}" : $"{ordered.Count}")} different Client names: " +
                                 string.Join(", ", ordered.Select(n => $"\"{n.Example}\" in {Counted.Of(n.Requests, "call")} from #{n.First}")) +
                                 "; Mews needs one unique Client name on every call of the integration, or it cannot review its activity.", [.. ordered.Select(n => n.First)])]
            : new List<ReviewFinding>();
        var warnings = new List<ReviewFinding>();
        foreach (var name in ordered.Where(n => n.Versions.Count > 1))
            warnings.Add(new($"Warning (ours): Client \"{name.Parsed.Name}\" changes version during the run ({string.Join(", ", name.Versions.Select(v => $"{v.Version} from #{v.Index}"))}); " +
                             "that is fine for a release mid-run, but Mews reviews one integration: check every call comes from it.", [.. name.Versions.Select(v => v.Index)]));
        foreach (var name in ordered.Where(n => n.Parsed.IsGeneric))
            warnings.Add(new($"Warning (ours): Client \"{name.Example}\" looks like a library's, an SDK's or an example's default, not a name of the integration's own (each of its words is generic); " +
                             "Mews needs a unique Client name to find the integration's activity, e.g. \"Acme Revenue 2.4.1\".", [name.First]));
        return (failures, warnings);
    }

    private sealed class Name(ClientName parsed, int first)
    {
        public ClientName Parsed { get; } = parsed;
        public string Example => Parsed.Text;
        public int First { get; } = first;
        public int Requests { get; set; }
        public List<(string Version, int Index)> Versions { get; } = [];
    }
}
