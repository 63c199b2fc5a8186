using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChannelManagerDashboard.Features.MewsSimulator;

/// <summary>
/// The simulator's data: one stored response body per operation plus, under <c>_simulator</c>, the state the API does
/// not expose (its client token, accepted employee emails, which connection is active and what it returns).
/// </summary>
public sealed class SimulatorSeed
{
    private readonly JsonObject root;

    private SimulatorSeed(JsonObject root, string clientToken, IReadOnlyList<string> emails, IReadOnlyList<SimulatorConnection> connections)
    {
        this.root = root;
        ClientToken = clientToken;
        EmployeeEmails = emails;
        Connections = connections;
    }

    public string ClientToken { get; }
    public IReadOnlyList<string> EmployeeEmails { get; }
    public IReadOnlyList<SimulatorConnection> Connections { get; }

    /// <summary>A fresh copy of a stored response body, safe to change.</summary>
    public JsonObject Response(string key) =>
        root[key]?.DeepClone() as JsonObject ?? throw new InvalidDataException($"The simulator seed has no \"{key}\" response.");

    public static SimulatorSeed Load(string path)
    {
        if (!File.Exists(path))
            throw new InvalidDataException($"The Mews simulator's seed file {path} does not exist. Check MewsSimulator:SeedFile in appsettings.json.");
        return Parse(File.ReadAllText(path), path);
    }

    public static SimulatorSeed Parse(string json, string source)
    {
        try
        {
            var root = JsonNode.Parse(json) as JsonObject ?? throw new InvalidDataException("it is not a JSON object");
            var simulator = root["_simulator"] as JsonObject ?? throw new InvalidDataException("\"_simulator\" is missing");
            var clientToken = simulator["clientToken"]?.GetValue<string>() ?? throw new InvalidDataException("\"_simulator.clientToken\" is missing");
            var emails = simulator["employeeEmailsAcceptedByGetProperties"]?.AsArray().Select(e => e!.GetValue<string>()).ToList() ?? [];
            var connections = (simulator["connections"]?.AsArray() ?? []).Select(c => new SimulatorConnection(
                c!["token"]!.GetValue<string>(),
                c["propertyId"]?.GetValue<string>() ?? "",
                c["active"]?.GetValue<bool>() ?? true,
                c["configurationKey"]?.GetValue<string>(),
                c["errorCodeWhenUsed"]?.GetValue<int>() ?? 3)).ToList();
            foreach (var key in new[] { "getProperties", "getChannels" }.Concat(connections.Where(c => c.Active).Select(c => c.ConfigurationKey ?? "")))
            {
                if (root[key] is not JsonObject)
                    throw new InvalidDataException($"the response \"{key}\" is missing");
            }
            return new SimulatorSeed(root, clientToken, emails, connections);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or InvalidDataException or NullReferenceException)
        {
            throw new InvalidDataException($"The Mews simulator's seed file {source} is not usable: {ex.Message}", ex);
        }
    }
}
