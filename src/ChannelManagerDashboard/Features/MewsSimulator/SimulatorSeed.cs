using System.Text.Json;
using System.Text.Json.Nodes;
using ChannelManagerDashboard.Domain.Common;

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
            throw new InvalidDataException($"The Mews simulator's seed file {path} does not exist. Check MewsSimulator:SeedFile in appsettings.json (or the MewsSimulator__SeedFile environment variable, which wins).");
        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>The seed, or why it is not usable: a broken seed stops the app at startup with this reason.</summary>
    public static SimulatorSeed Parse(string json, string source)
    {
        var read = Read(json);
        return read.Value ?? throw new InvalidDataException($"The Mews simulator's seed file {source} is not usable: {read.Message}");
    }

    /// <returns>The seed; invalid with the reason when a part is missing or of the wrong type.</returns>
    public static Result<SimulatorSeed> Read(string json)
    {
        JsonNode? parsed;
        try
        {
            parsed = JsonNode.Parse(json);
        }
        catch (JsonException ex)
        {
            return Unusable(ex.Message);
        }
        if (parsed is not JsonObject root)
            return Unusable("it is not a JSON object");
        if (root["_simulator"] is not JsonObject simulator)
            return Unusable("\"_simulator\" is missing");
        if (!Optional<string?>(simulator["clientToken"], null, out var clientToken) || clientToken is null)
            return Unusable("\"_simulator.clientToken\" is missing");
        if (List(simulator["employeeEmailsAcceptedByGetProperties"]) is not { } emailNodes || !emailNodes.All(e => Optional<string?>(e, null, out var email) && email is not null))
            return Unusable("\"_simulator.employeeEmailsAcceptedByGetProperties\" must be a list of emails");
        if (List(simulator["connections"]) is not { } connectionNodes)
            return Unusable("\"_simulator.connections\" must be a list");
        var connections = new List<SimulatorConnection>();
        foreach (var node in connectionNodes)
        {
            if (Connection(node) is not { } connection)
                return Unusable($"connection {connections.Count + 1} of \"_simulator.connections\" needs a \"token\" string, and \"propertyId\", \"active\", \"configurationKey\" and \"errorCodeWhenUsed\" of their types");
            connections.Add(connection);
        }
        foreach (var key in new[] { "getProperties", "getChannels" }.Concat(connections.Where(c => c.Active).Select(c => c.PropertyProfileKey ?? "")))
        {
            if (root[key] is not JsonObject)
                return Unusable($"the response \"{key}\" is missing");
        }
        return Result.Of(new SimulatorSeed(root, clientToken, [.. emailNodes.Select(e => e!.GetValue<string>())], connections));
    }

    private static Result<SimulatorSeed> Unusable(string reason) => Result.Invalid(Result.Whole, reason).As<SimulatorSeed>();

    /// <returns>The list's items; empty when absent, null when it is not a list.</returns>
    private static IReadOnlyList<JsonNode?>? List(JsonNode? node) => node switch
    {
        null => [],
        JsonArray array => [.. array],
        _ => null,
    };

    private static SimulatorConnection? Connection(JsonNode? node) =>
        node is JsonObject c
        && Optional<string?>(c["token"], null, out var token) && token is not null
        && Optional(c["propertyId"], "", out var propertyId)
        && Optional(c["active"], true, out var active)
        && Optional<string?>(c["configurationKey"], null, out var profileKey)
        && Optional(c["errorCodeWhenUsed"], 3, out var errorCode)
            ? new SimulatorConnection(token, propertyId, active, profileKey, errorCode)
            : null;

    /// <returns>Whether the value is absent (then <paramref name="fallback"/>) or of type <typeparamref name="T"/>.</returns>
    private static bool Optional<T>(JsonNode? node, T fallback, out T value)
    {
        value = fallback;
        if (node is null)
            return true;
        if (node is not JsonValue json || !json.TryGetValue<T>(out var read))
            return false;
        value = read;
        return true;
    }
}
