using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Domain.Mews;
using ChannelManagerDashboard.Hosting.MachineEndpoints;

namespace ChannelManagerDashboard.Features.MewsSimulator;

/// <summary>
/// Plays the Mews side of the Channel Manager API from the seed: the documented request checks and error responses,
/// always as a JSON body (the endpoint always answers HTTP 200, as Mews does).
/// </summary>
/// <param name="inbox">Where confirmations of pushes (M6–M8) are kept; a new, private one when not given.</param>
/// <param name="bookings">Where Process group messages are kept; a new, private one when not given.</param>
/// <param name="connections">The connections it knows, projects' own included; the seed's alone (with a key of its own) when not given.</param>
public sealed class MewsSimulator(SimulatorSeed seed, ConfirmationInbox? inbox = null, BookingInbox? bookings = null, TimeProvider? clock = null,
    SimulatorConnections? connections = null)
{
    /// <summary>Where the simulator takes Process group, under its base path: it stands in for the PCI proxy URL Mews gives for M11.</summary>
    public const string ProcessGroupPath = "/pci-proxy/v1/push/processGroup";

    public const int MaxBodyBytes = 1024 * 1024;

    /// <summary>
    /// The largest Process group it takes and keeps: a group of a dozen reservations with guests, extras and a card is
    /// under 20 KB, and anyone may send here, so a larger body is refused rather than kept.
    /// </summary>
    public const int MaxGroupBytes = 64 * 1024;

    /// <summary>The confirmations a CM sends after answering a push with asyncConfirmation true (Mews Channel Manager API: Confirm availability, prices and restrictions updates).</summary>
    public static IReadOnlyList<string> ConfirmationOperations { get; } =
        ["processAvailabilityConfirmation", "processRateConfirmation", "processRestrictionConfirmation"];

    public static IReadOnlyList<string> Operations { get; } = ["getProperties", "getConfiguration", "getChannels", .. ConfirmationOperations];

    public ConfirmationInbox Inbox { get; } = inbox ?? new ConfirmationInbox();

    public BookingInbox Bookings { get; } = bookings ?? new BookingInbox(clock ?? TimeProvider.System);

    public SimulatorConnections Connections { get; } = connections ?? SimulatorConnections.WithNewKey(seed);

    public JsonObject Handle(string operation, string? contentType, string body)
    {
        if (!Operations.Contains(operation))
            return MachineRequests.Error(6, $"The simulator has no operation '{operation}'. It answers {string.Join(", ", Operations)}.");
        var authenticated = Authenticated(contentType, body);
        if (authenticated.Value is not { } request)
            return MewsErrorProblem.Answer(authenticated);

        return operation switch
        {
            "getProperties" => GetProperties(request),
            "getConfiguration" => GetConfiguration(request),
            "getChannels" => seed.Response("getChannels"),
            _ => Confirm(operation, request),
        };
    }

    /// <summary>
    /// M11 Process group: the synchronous answer says only whether Mews accepts the booking for processing. A booking
    /// that breaks a business rule, or the one the ERR-06 switch refuses, gets processing error 7.
    /// The connection keeps the message and the answer, unless an id or the body is over its cap.
    /// </summary>
    public JsonObject ProcessGroup(string? contentType, string body)
    {
        var bytes = Encoding.UTF8.GetByteCount(body);
        if (bytes > MaxGroupBytes)
            return MachineRequests.Error(6, string.Create(CultureInfo.InvariantCulture,
                $"The Process group is {bytes:N0} bytes; the simulator takes bookings up to {ByteSize.Format(MaxGroupBytes)} (a group of a dozen reservations is under 20 KB). Send the booking without padding."));
        var authenticated = Authenticated(contentType, body);
        if (authenticated.Value is not { } request)
            return MewsErrorProblem.Answer(authenticated);
        var token = RequestFields.Required(request, "connectionToken", "The connectionToken is missing: send the token of the property connection the booking is for.");
        if (token.Value is not { } connectionToken)
            return MachineRequests.Error(6, token.Message);
        var connection = Connections.Find(connectionToken);
        if (connection is null)
            return MachineRequests.Error(3, "Connection not found.");
        if (TooLongId(request) is { } tooLong)
            return MachineRequests.Error(6, tooLong);

        var answer = Accept(connection, connectionToken, request, body);
        var code = answer["errors"]?[0]?["code"]?.GetValue<int>();
        Bookings.Add(connectionToken, body, answer.ToJsonString(), code);
        return answer;
    }

    /// <returns>Why an id or reservation code of the group is refused for its length; null when all fit.</returns>
    private static string? TooLongId(JsonObject request)
    {
        var ids = new[] { "messageId", "channelManagerId", "channelId" }.Select(field => (Field: field, RequestFields.Text(request, field).Value))
            .Concat((request["reservations"] as JsonArray ?? []).OfType<JsonObject>().Select(r => (Field: "reservation code", RequestFields.Text(r, "code").Value)));
        return ids.Select(id => MachineIds.TooLong(id.Field, id.Value)).FirstOrDefault(problem => problem is not null);
    }

    private JsonObject Accept(SimulatorConnection connection, string connectionToken, JsonObject request, string body)
    {
        if (!connection.Active)
            return MachineRequests.Error(connection.ErrorCodeWhenUsed, "The connection is not active: the property has deactivated it.");
        if (RequestFields.Text(request, "messageId").Value is null)
            return MachineRequests.Error(6, "The messageId is missing or not a string: give every message its own id; Confirm booking quotes it as relatedMessageId.");
        if (Bookings.TakeRefusal(connectionToken))
            return MachineRequests.Error(BookingBusinessRules.ProcessingError,
                "The simulator refused this booking on purpose (the ERR-06 switch): treat it as a booking Mews cannot process. Log it and do not send it again unchanged.");
        using var document = JsonDocument.Parse(body);
        return BookingBusinessRules.Violation(document.RootElement) is { } violation
            ? MachineRequests.Error(BookingBusinessRules.ProcessingError, violation)
            : new JsonObject { ["success"] = true };
    }

    /// <returns>The request when it is a JSON object with the seed's client token; otherwise the error to answer.</returns>
    private Result<JsonObject> Authenticated(string? contentType, string body)
    {
        if (contentType is null || !contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
            return MewsErrorProblem.Refused<JsonObject>(6, "Send the request as a JSON body with Content-Type: application/json.");
        JsonObject request;
        try
        {
            if (JsonNode.Parse(body) is not JsonObject parsed)
                return MewsErrorProblem.Refused<JsonObject>(6, "The body must be a JSON object.");
            request = parsed;
        }
        catch (JsonException ex)
        {
            return MewsErrorProblem.Refused<JsonObject>(6, $"The body is not valid JSON: {ex.Message}");
        }

        var clientToken = RequestFields.Text(request, "clientToken");
        if (!clientToken.Succeeded)
            return MewsErrorProblem.Refused<JsonObject>(6, clientToken.Message);
        if (clientToken.Value is null)
            return MewsErrorProblem.Refused<JsonObject>(8, "The clientToken is missing. Send the client token Mews issued to your channel manager.");
        if (clientToken.Value != seed.ClientToken)
            return MewsErrorProblem.Refused<JsonObject>(8, "The client token is not valid.");
        return Result.Of(request);
    }

    private JsonObject GetProperties(JsonObject request)
    {
        var given = RequestFields.Required(request, "email", "The email is missing. Send the email of a property employee who can access the property.");
        if (given.Value is not { } email)
            return MachineRequests.Error(6, given.Message);
        // Mews does not document what an unknown email returns; the simulator treats it as failed authentication.
        if (!seed.EmployeeEmails.Contains(email, StringComparer.OrdinalIgnoreCase))
            return MachineRequests.Error(8, "No property employee with this email can access a property connected to your channel manager.");
        return seed.Response("getProperties");
    }

    private JsonObject GetConfiguration(JsonObject request)
    {
        var token = RequestFields.Required(request, "connectionToken", "The connectionToken is missing. Get it from Get properties.");
        if (token.Value is not { } connectionToken)
            return MachineRequests.Error(6, token.Message);
        var read = PropertyProfileExtent.Read(request["extent"]);
        if (read.Value is not { } extent)
            return MachineRequests.Error(6, read.Message);
        var connection = Connections.Find(connectionToken);
        if (connection is null)
            return MachineRequests.Error(3, "Connection not found.");
        if (!connection.Active || connection.PropertyProfileKey is null)
            return MachineRequests.Error(connection.ErrorCodeWhenUsed, "The connection is not active: the property has deactivated it.");

        var profile = seed.Response(connection.PropertyProfileKey);
        profile["connectionToken"] = connectionToken;
        extent.ApplyTo(profile);
        return profile;
    }

    private JsonObject Confirm(string operation, JsonObject request)
    {
        var token = RequestFields.Required(request, "connectionToken", "The connectionToken is missing.");
        if (token.Value is not { } connectionToken)
            return MachineRequests.Error(6, token.Message);
        if (Connections.Find(connectionToken) is null)
            return MachineRequests.Error(3, "Connection not found.");
        var related = RequestFields.Required(request, "relatedMessageId", "The relatedMessageId is missing: send the messageId of the push this confirms.");
        if (related.Value is not { } relatedMessageId)
            return MachineRequests.Error(6, related.Message);
        if (MachineIds.TooLong("relatedMessageId", relatedMessageId) is { } tooLong)
            return MachineRequests.Error(6, tooLong);
        if (request["success"] is not JsonValue success || !success.TryGetValue<bool>(out var succeeded))
            return MachineRequests.Error(6, "The success field must be true or false.");
        var body = request.DeepClone().AsObject();
        body["clientToken"] = TokenMask.Mask(seed.ClientToken);
        body["connectionToken"] = TokenMask.Mask(connectionToken);
        Inbox.Add(connectionToken, relatedMessageId, new ReceivedConfirmation(operation, succeeded, body.ToJsonString(), (clock ?? TimeProvider.System).GetUtcNow()));
        return new JsonObject { ["success"] = true };
    }
}
