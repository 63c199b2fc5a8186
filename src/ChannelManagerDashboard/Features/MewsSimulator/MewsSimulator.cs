using System.Text.Json;
using System.Text.Json.Nodes;
using ChannelManagerDashboard.Domain.Mews;
using ChannelManagerDashboard.Hosting.MachineEndpoints;

namespace ChannelManagerDashboard.Features.MewsSimulator;

/// <summary>
/// Plays the Mews side of the Channel Manager API from the seed: the documented request checks and error responses,
/// always as a JSON body (the endpoint always answers HTTP 200, as Mews does).
/// </summary>
/// <param name="inbox">Where confirmations of pushes (M6–M8) are kept; a new, private one when not given.</param>
public sealed class MewsSimulator(SimulatorSeed seed, ConfirmationInbox? inbox = null, TimeProvider? clock = null)
{
    public const int MaxBodyBytes = 1024 * 1024;

    /// <summary>The confirmations a CM sends after answering a push with asyncConfirmation true (Mews Channel Manager API: Confirm availability, prices and restrictions updates).</summary>
    public static IReadOnlyList<string> ConfirmationOperations { get; } =
        ["processAvailabilityConfirmation", "processRateConfirmation", "processRestrictionConfirmation"];

    public static IReadOnlyList<string> Operations { get; } = ["getProperties", "getConfiguration", "getChannels", .. ConfirmationOperations];

    public ConfirmationInbox Inbox { get; } = inbox ?? new ConfirmationInbox();

    public JsonObject Handle(string operation, string? contentType, string body)
    {
        if (!Operations.Contains(operation))
            return MachineRequests.Error(6, $"The simulator has no operation '{operation}'. It answers {string.Join(", ", Operations)}.");
        if (contentType is null || !contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
            return MachineRequests.Error(6, "Send the request as a JSON body with Content-Type: application/json.");
        JsonObject request;
        try
        {
            if (JsonNode.Parse(body) is not JsonObject parsed)
                return MachineRequests.Error(6, "The body must be a JSON object.");
            request = parsed;
        }
        catch (JsonException ex)
        {
            return MachineRequests.Error(6, $"The body is not valid JSON: {ex.Message}");
        }

        var (clientToken, clientProblem) = Text(request, "clientToken");
        if (clientProblem is not null)
            return MachineRequests.Error(6, clientProblem);
        if (clientToken is null)
            return MachineRequests.Error(8, "The clientToken is missing. Send the client token Mews issued to your channel manager.");
        if (clientToken != seed.ClientToken)
            return MachineRequests.Error(8, "The client token is not valid.");

        return operation switch
        {
            "getProperties" => GetProperties(request),
            "getConfiguration" => GetConfiguration(request),
            "getChannels" => seed.Response("getChannels"),
            _ => Confirm(operation, request),
        };
    }

    private JsonObject GetProperties(JsonObject request)
    {
        var (email, problem) = Text(request, "email");
        if (problem is not null || email is null)
            return MachineRequests.Error(6, problem ?? "The email is missing. Send the email of a property employee who can access the property.");
        // Mews does not document what an unknown email returns; the simulator treats it as failed authentication.
        if (!seed.EmployeeEmails.Contains(email, StringComparer.OrdinalIgnoreCase))
            return MachineRequests.Error(8, "No property employee with this email can access a property connected to your channel manager.");
        return seed.Response("getProperties");
    }

    private JsonObject GetConfiguration(JsonObject request)
    {
        var (connectionToken, problem) = Text(request, "connectionToken");
        if (problem is not null || connectionToken is null)
            return MachineRequests.Error(6, problem ?? "The connectionToken is missing. Get it from Get properties.");
        var (extent, extentProblem) = ConfigurationExtent.Read(request["extent"]);
        if (extent is null)
            return MachineRequests.Error(6, extentProblem!);
        var connection = seed.Connections.FirstOrDefault(c => c.Token == connectionToken);
        if (connection is null)
            return MachineRequests.Error(3, "Connection not found.");
        if (!connection.Active || connection.ConfigurationKey is null)
            return MachineRequests.Error(connection.ErrorCodeWhenUsed, "The connection is not active: the property has deactivated it.");

        var configuration = seed.Response(connection.ConfigurationKey);
        configuration["connectionToken"] = connectionToken;
        extent.ApplyTo(configuration);
        return configuration;
    }

    private JsonObject Confirm(string operation, JsonObject request)
    {
        var (connectionToken, problem) = Text(request, "connectionToken");
        if (problem is not null || connectionToken is null)
            return MachineRequests.Error(6, problem ?? "The connectionToken is missing.");
        if (seed.Connections.All(c => c.Token != connectionToken))
            return MachineRequests.Error(3, "Connection not found.");
        var (relatedMessageId, idProblem) = Text(request, "relatedMessageId");
        if (idProblem is not null || relatedMessageId is null)
            return MachineRequests.Error(6, idProblem ?? "The relatedMessageId is missing: send the messageId of the push this confirms.");
        if (request["success"] is not JsonValue success || !success.TryGetValue<bool>(out var succeeded))
            return MachineRequests.Error(6, "The success field must be true or false.");
        var body = request.DeepClone().AsObject();
        body["clientToken"] = TokenMask.Mask(seed.ClientToken);
        body["connectionToken"] = TokenMask.Mask(connectionToken);
        Inbox.Add(connectionToken, relatedMessageId, new ReceivedConfirmation(operation, succeeded, body.ToJsonString(), (clock ?? TimeProvider.System).GetUtcNow()));
        return new JsonObject { ["success"] = true };
    }

    /// <returns>The string field (null when absent or empty), or why it is not a string.</returns>
    private static (string? Value, string? Problem) Text(JsonObject request, string field) => request[field] switch
    {
        null => (null, null),
        JsonValue value when value.TryGetValue<string>(out var text) => (string.IsNullOrWhiteSpace(text) ? null : text, null),
        _ => (null, $"The {field} must be a string."),
    };
}
