using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChannelManagerDashboard.Features.ConnectorReview;

/// <summary>
/// The 202 documented Connector API operations and the documented use cases, read from connector-operations.json
/// (shipped next to the binary). Paths are matched exactly, as Mews does: case-sensitive, no trailing slash.
/// </summary>
public sealed class ConnectorCatalog
{
    public const string FileName = "connector-operations.json";

    // Before Shipped: static fields are set in the order they are written.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { NumberHandling = JsonNumberHandling.AllowReadingFromString };

    private readonly Dictionary<string, ConnectorOperation> byPath;
    private readonly Dictionary<string, ConnectorOperation> byNameIgnoringCase = new(StringComparer.OrdinalIgnoreCase);

    private ConnectorCatalog(IReadOnlyList<ConnectorOperation> operations, IReadOnlyList<ConnectorUseCase> useCases)
    {
        Operations = operations;
        UseCases = useCases;
        byPath = operations.ToDictionary(o => o.Path, StringComparer.Ordinal);
        foreach (var operation in operations)
            byNameIgnoringCase.TryAdd(operation.Name, operation);
    }

    public IReadOnlyList<ConnectorOperation> Operations { get; }
    public IReadOnlyList<ConnectorUseCase> UseCases { get; }

    /// <summary>The catalogue shipped with the app.</summary>
    public static ConnectorCatalog Shipped { get; } = Load(Path.Combine(AppContext.BaseDirectory, FileName));

    public static ConnectorCatalog Load(string file)
    {
        using var stream = File.OpenRead(file);
        var document = JsonSerializer.Deserialize<CatalogFile>(stream, Json)
            ?? throw new InvalidDataException($"{file} is empty; it should list the Connector API operations.");
        var operations = document.Operations.Select(o => new ConnectorOperation(o.Title, o.Path, o.Deprecated, o.Discontinued, o.Replacement, o.DeprecatedOn,
            o.DiscontinuedOn, o.Paginated, o.Properties.Select(p => new ConnectorProperty(p.Name, p.Type, p.Required, p.MaxItems, p.MaxInterval, p.Deprecated)).ToList())).ToList();
        var useCases = document.UseCases.Select(u => new ConnectorUseCase(u.Key, u.Value.Page, u.Value.Operations)).ToList();
        return new ConnectorCatalog(operations, useCases);
    }

    /// <returns>The operation at exactly this path (with or without the /api/connector/v1/ prefix); null when none is documented.</returns>
    public ConnectorOperation? Find(string path) =>
        byPath.GetValueOrDefault(path.StartsWith('/') ? path : ConnectorOperation.Prefix + path);

    /// <returns>The documented operation a path means when its only fault is letter case or a trailing slash; null when none.</returns>
    public ConnectorOperation? Resembling(string path)
    {
        var name = path.StartsWith(ConnectorOperation.Prefix, StringComparison.OrdinalIgnoreCase) ? path[ConnectorOperation.Prefix.Length..] : path.TrimStart('/');
        var trimmed = name.TrimEnd('/');
        return byNameIgnoringCase.GetValueOrDefault(trimmed);
    }

    public ConnectorUseCase? UseCase(string name) =>
        UseCases.FirstOrDefault(u => string.Equals(u.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));

    private sealed record CatalogFile(List<OperationEntry> Operations, Dictionary<string, UseCaseEntry> UseCases);

    private sealed record OperationEntry(string Title, string Path, bool Deprecated, bool Discontinued, string? Replacement, string? DeprecatedOn,
        string? DiscontinuedOn, bool Paginated, List<PropertyEntry> Properties);

    private sealed record PropertyEntry(string Name, string Type, bool Required, int? MaxItems, string? MaxInterval, bool Deprecated);

    private sealed record UseCaseEntry(string Page, List<string> Operations);
}
