using System.Collections.Concurrent;
using System.Text.Json;
using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Domain.Inventory;
using ChannelManagerDashboard.Domain.Mews;
using ChannelManagerDashboard.Features.MewsSimulator;
using ChannelManagerDashboard.Hosting.MachineEndpoints;

namespace ChannelManagerDashboard.Features.ReferenceCm;

/// <summary>
/// A small, correct channel manager: it knows the simulator's client token, connections and configuration (every space
/// type and rate plan mapped as-is) and answers each push the way the Mews docs require, error tests included.
/// It remembers the bookings it sent (the reservation tests), so it accepts their Confirm booking and answers any
/// other with code 2, as for a reservation it does not know (ERR-02). It knows the connections the simulator knows,
/// projects' own included. It keeps nothing a caller sends; ids and codes over <see cref="MachineIds.MaxChars"/> are
/// refused with code 6 rather than quoted back.
/// </summary>
public sealed class ReferenceChannelManager
{
    private readonly string clientToken;
    private readonly SimulatorConnections connections;
    private readonly IReadOnlySet<string> spaceTypes;
    private readonly IReadOnlySet<string> ratePlans;
    private readonly IReadOnlySet<(string Rate, string Space)> combinations;
    private readonly ConcurrentDictionary<string, IReadOnlySet<string>> sentBookings = new(StringComparer.Ordinal);

    public ReferenceChannelManager(string clientToken, SimulatorConnections connections, PropertyProfileData profile)
    {
        this.clientToken = clientToken;
        this.connections = connections;
        spaceTypes = profile.SpaceTypes.Select(s => s.Code).ToHashSet();
        ratePlans = profile.RatePlans.Select(r => r.Code).ToHashSet();
        combinations = profile.Combinations.Select(c => (c.RatePlanCode, c.SpaceTypeCode)).ToHashSet();
    }

    /// <summary>What it knows, for its page: the space types and rate plans it maps as-is, and the combinations it sells.</summary>
    public IReadOnlyCollection<string> SpaceTypeCodes => spaceTypes;
    public IReadOnlyCollection<string> RatePlanCodes => ratePlans;
    public int CombinationCount => combinations.Count;
    public int ActiveConnectionCount => connections.Seeded.Count(c => c.Active);
    public int InactiveConnectionCount => connections.Seeded.Count(c => !c.Active);

    /// <param name="connections">The simulator's connections with projects' own; the seed's alone when not given.</param>
    public static ReferenceChannelManager FromSeed(SimulatorSeed seed, SimulatorConnections? connections = null)
    {
        var profile = PropertyProfileData.Parse(seed.Response("getConfiguration").ToJsonString())
            ?? throw new InvalidDataException("The simulator seed's getConfiguration cannot be read as a configuration.");
        return new ReferenceChannelManager(seed.ClientToken, connections ?? SimulatorConnections.WithNewKey(seed), profile);
    }

    /// <summary>A booking this channel manager sends to Mews: its group id and reservation codes, which a Confirm booking must name.</summary>
    public void RecordSent(string channelManagerId, IEnumerable<string> codes) =>
        sentBookings.AddOrUpdate(channelManagerId, _ => codes.ToHashSet(), (_, known) => known.Union(codes).ToHashSet());

    public static bool Serves(string operation) => CmOperation.All.Contains(operation);

    /// <returns>Done when the push is accepted; otherwise refused with the <see cref="MewsErrorProblem"/>s to answer.</returns>
    public Result Handle(string operation, JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
            return Fail(new MewsError(6, "The request body is not a JSON object. Send the documented JSON body with Content-Type application/json."));
        if (Authenticate(body) is { } refused)
            return Fail(refused);
        if (new[] { "messageId", "relatedMessageId", "channelManagerId" }.Select(field => MachineIds.TooLong(field, PushChecks.Text(body, field))).FirstOrDefault(p => p is not null) is { } tooLong)
            return Fail(new MewsError(6, tooLong));
        var errors = new List<MewsError>();
        switch (operation)
        {
            case CmOperation.UpdateAvailability:
                PushChecks.RequireEnvelope(body, errors);
                foreach (var entry in PushChecks.Entries(body, "availabilities", required: true, errors))
                {
                    var space = CheckSpace(entry, errors);
                    PushChecks.CheckDates(entry, space ?? "?", errors);
                    if (!entry.TryGetProperty("availability", out var units) || units.ValueKind != JsonValueKind.Number || !units.TryGetInt32(out var count) || count < 0)
                        PushChecks.Add(errors, new MewsError(6, $"Availability for space type {(PushChecks.Text(entry, "spaceTypeCode") is { Length: <= MachineIds.MaxChars } code ? code : "(none)")} has no whole, non-negative \"availability\"."));
                }
                break;
            case CmOperation.UpdatePrices:
                PushChecks.RequireEnvelope(body, errors);
                foreach (var entry in PushChecks.Entries(body, "ratePrices", required: false, errors))
                {
                    if (CheckCombination(entry, errors) is { } where)
                    {
                        PushChecks.CheckDates(entry, where, errors);
                        PushChecks.CheckPrices(entry, where, errors);
                    }
                }
                break;
            case CmOperation.UpdateRestrictions:
                PushChecks.RequireEnvelope(body, errors);
                foreach (var entry in PushChecks.Entries(body, "restrictions", required: true, errors))
                {
                    if (CheckCombination(entry, errors) is { } where)
                    {
                        PushChecks.CheckDates(entry, where, errors);
                        PushChecks.CheckRestriction(entry, where, errors);
                    }
                }
                break;
            case CmOperation.ConfirmGroup:
                if (PushChecks.Text(body, "relatedMessageId") is null || PushChecks.Text(body, "channelManagerId") is not { } groupId)
                    return Fail(new MewsError(6, "Confirm booking needs relatedMessageId and channelManagerId."));
                var confirmed = body.TryGetProperty("reservations", out var reservations) && reservations.ValueKind == JsonValueKind.Array
                    ? reservations.EnumerateArray().Select(r => (Code: PushChecks.Text(r, "code"), Number: PushChecks.Text(r, "confirmationNumber"))).ToList()
                    : [];
                if (confirmed.SelectMany(r => new[] { MachineIds.TooLong("reservation code", r.Code), MachineIds.TooLong("confirmationNumber", r.Number) })
                        .FirstOrDefault(p => p is not null) is { } tooLongCode)
                    return Fail(new MewsError(6, tooLongCode));
                if (sentBookings.TryGetValue(groupId, out var codes) && confirmed.All(r => r.Code is not null && codes.Contains(r.Code)))
                    break;
                var number = confirmed.Select(r => r.Number).FirstOrDefault(n => n is not null);
                return Fail(new MewsError(2, $"Reservation {number ?? groupId} is not recorded in the channel manager. It was not booked through this channel manager; no action is needed."));
            case CmOperation.ChangeNotification:
                if (!body.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.Number || !type.TryGetInt32(out var kind) || kind is < 0 or > 4)
                    return Fail(new MewsError(6, "Change notification needs \"type\" 0 (created), 1 (updated), 2 (activated), 3 (deactivated) or 4 (deleted)."));
                break;
        }
        return errors.Count == 0 ? Result.Ok() : MewsErrorProblem.Refused(errors);
    }

    private MewsError? Authenticate(JsonElement body)
    {
        if (PushChecks.Text(body, "clientToken") != clientToken)
            return new MewsError(8, "The client token is not the one agreed with this channel manager. Send the clientToken agreed for Mews.");
        var connection = PushChecks.Text(body, "connectionToken") ?? "";
        var known = connections.Find(connection);
        if (known is { Active: false })
            return new MewsError(3, $"Connection {TokenMask.Mask(connection)} is deactivated in the channel manager. Reactivate it in the channel manager, or disconnect it in Mews.");
        if (known is null)
            return new MewsError(3, $"Connection {TokenMask.Mask(connection)} is not set up in the channel manager. Connect the property in the channel manager first.");
        return null;
    }

    private string? CheckSpace(JsonElement entry, List<MewsError> errors)
    {
        var space = PushChecks.Text(entry, "spaceTypeCode");
        if (space is null)
            PushChecks.Add(errors, new MewsError(6, "An entry has no spaceTypeCode."));
        else if (MachineIds.TooLong("spaceTypeCode", space) is { } tooLong)
            PushChecks.Add(errors, new MewsError(6, tooLong));
        else if (!spaceTypes.Contains(space))
            PushChecks.Add(errors, new MewsError(10, $"Space type '{space}' is not mapped in the channel manager. Map it in the channel manager, or unsynchronize it in Mews.", CategoryCode: space));
        else
            return space;
        return null;
    }

    /// <returns>"rate × space" when both codes are mapped together, otherwise null with the error added.</returns>
    private string? CheckCombination(JsonElement entry, List<MewsError> errors)
    {
        var rate = PushChecks.Text(entry, "ratePlanCode");
        var space = PushChecks.Text(entry, "spaceTypeCode");
        if (rate is null || space is null)
        {
            PushChecks.Add(errors, new MewsError(6, "An entry has no ratePlanCode or spaceTypeCode."));
            return null;
        }
        var rateKnown = ratePlans.Contains(rate);
        if (MachineIds.TooLong("ratePlanCode", rate) is { } tooLong)
            PushChecks.Add(errors, new MewsError(6, tooLong));
        else if (!rateKnown)
            PushChecks.Add(errors, new MewsError(9, $"Rate '{rate}' is not mapped in the channel manager. Map it in the channel manager, or unsynchronize it in Mews.", RateCode: rate));
        if (CheckSpace(entry, errors) is null || !rateKnown)
            return null;
        if (!combinations.Contains((rate, space)))
        {
            PushChecks.Add(errors, new MewsError(11, $"Rate '{rate}' is not sold for space type '{space}' in the channel manager. Add the combination in the channel manager, or remove the space type from the rate in Mews.", space, rate));
            return null;
        }
        return $"{rate} × {space}";
    }

    private static Result Fail(MewsError error) => MewsErrorProblem.Refused([error]);
}
