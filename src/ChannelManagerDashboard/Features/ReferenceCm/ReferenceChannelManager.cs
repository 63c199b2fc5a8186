using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
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
    /// <summary>One error per distinct problem is plenty for a hotel to act on.</summary>
    private const int MaxErrors = 20;

    private readonly string clientToken;
    private readonly SimulatorConnections connections;
    private readonly IReadOnlySet<string> spaceTypes;
    private readonly IReadOnlySet<string> ratePlans;
    private readonly IReadOnlySet<(string Rate, string Space)> combinations;
    private readonly ConcurrentDictionary<string, IReadOnlySet<string>> sentBookings = new(StringComparer.Ordinal);

    public ReferenceChannelManager(string clientToken, SimulatorConnections connections, PropertyConfiguration configuration)
    {
        this.clientToken = clientToken;
        this.connections = connections;
        spaceTypes = configuration.SpaceTypes.Select(s => s.Code).ToHashSet();
        ratePlans = configuration.RatePlans.Select(r => r.Code).ToHashSet();
        combinations = configuration.Combinations.Select(c => (c.RatePlanCode, c.SpaceTypeCode)).ToHashSet();
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
        var configuration = PropertyConfiguration.Parse(seed.Response("getConfiguration").ToJsonString())
            ?? throw new InvalidDataException("The simulator seed's getConfiguration cannot be read as a configuration.");
        return new ReferenceChannelManager(seed.ClientToken, connections ?? SimulatorConnections.WithNewKey(seed), configuration);
    }

    /// <summary>A booking this channel manager sends to Mews: its group id and reservation codes, which a Confirm booking must name.</summary>
    public void RecordSent(string channelManagerId, IEnumerable<string> codes) =>
        sentBookings.AddOrUpdate(channelManagerId, _ => codes.ToHashSet(), (_, known) => known.Union(codes).ToHashSet());

        public static bool Serves(string operation) => CmOperation.All.Contains(operation);

    public ReferenceAnswer Handle(string operation, JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
            return Fail(new MewsError(6, "The request body is not a JSON object. Send the documented JSON body with Content-Type application/json."));
        if (Authenticate(body) is { } refused)
            return Fail(refused);
        if (new[] { "messageId", "relatedMessageId", "channelManagerId" }.Select(field => MachineIds.TooLong(field, Text(body, field))).FirstOrDefault(p => p is not null) is { } tooLong)
            return Fail(new MewsError(6, tooLong));
        var errors = new List<MewsError>();
        switch (operation)
        {
            case CmOperation.UpdateAvailability:
                RequireEnvelope(body, errors);
                foreach (var entry in Entries(body, "availabilities", required: true, errors))
                {
                    var space = CheckSpace(entry, errors);
                    CheckDates(entry, space ?? "?", errors);
                    if (!entry.TryGetProperty("availability", out var units) || units.ValueKind != JsonValueKind.Number || !units.TryGetInt32(out var count) || count < 0)
                        Add(errors, new MewsError(6, $"Availability for space type {(Text(entry, "spaceTypeCode") is { Length: <= MachineIds.MaxChars } code ? code : "(none)")} has no whole, non-negative \"availability\"."));
                }
                break;
            case CmOperation.UpdatePrices:
                RequireEnvelope(body, errors);
                foreach (var entry in Entries(body, "ratePrices", required: false, errors))
                {
                    if (CheckCombination(entry, errors) is { } where)
                    {
                        CheckDates(entry, where, errors);
                        CheckPrices(entry, where, errors);
                    }
                }
                break;
            case CmOperation.UpdateRestrictions:
                RequireEnvelope(body, errors);
                foreach (var entry in Entries(body, "restrictions", required: true, errors))
                {
                    if (CheckCombination(entry, errors) is { } where)
                    {
                        CheckDates(entry, where, errors);
                        CheckRestriction(entry, where, errors);
                    }
                }
                break;
            case CmOperation.ConfirmGroup:
                if (Text(body, "relatedMessageId") is null || Text(body, "channelManagerId") is not { } groupId)
                    return Fail(new MewsError(6, "Confirm booking needs relatedMessageId and channelManagerId."));
                var confirmed = body.TryGetProperty("reservations", out var reservations) && reservations.ValueKind == JsonValueKind.Array
                    ? reservations.EnumerateArray().Select(r => (Code: Text(r, "code"), Number: Text(r, "confirmationNumber"))).ToList()
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
        return errors.Count == 0 ? ReferenceAnswer.Accepted : new ReferenceAnswer(false, errors);
    }

    private MewsError? Authenticate(JsonElement body)
    {
        if (Text(body, "clientToken") != clientToken)
            return new MewsError(8, "The client token is not the one agreed with this channel manager. Send the clientToken agreed for Mews.");
        var connection = Text(body, "connectionToken") ?? "";
        var known = connections.Find(connection);
        if (known is { Active: false })
            return new MewsError(3, $"Connection {TokenMask.Mask(connection)} is deactivated in the channel manager. Reactivate it in the channel manager, or disconnect it in Mews.");
        if (known is null)
            return new MewsError(3, $"Connection {TokenMask.Mask(connection)} is not set up in the channel manager. Connect the property in the channel manager first.");
        return null;
    }

    private static void RequireEnvelope(JsonElement body, List<MewsError> errors)
    {
        if (Text(body, "messageId") is null || Text(body, "responseUrl") is null)
            Add(errors, new MewsError(6, "The push has no messageId or responseUrl; both are required to confirm it."));
    }

    private static IEnumerable<JsonElement> Entries(JsonElement body, string name, bool required, List<MewsError> errors)
    {
        if (body.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array)
            return list.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object);
        if (required || (body.TryGetProperty(name, out var present) && present.ValueKind != JsonValueKind.Null))
            Add(errors, new MewsError(6, $"The push has no \"{name}\" array."));
        return [];
    }

    private string? CheckSpace(JsonElement entry, List<MewsError> errors)
    {
        var space = Text(entry, "spaceTypeCode");
        if (space is null)
            Add(errors, new MewsError(6, "An entry has no spaceTypeCode."));
        else if (MachineIds.TooLong("spaceTypeCode", space) is { } tooLong)
            Add(errors, new MewsError(6, tooLong));
        else if (!spaceTypes.Contains(space))
            Add(errors, new MewsError(10, $"Space type '{space}' is not mapped in the channel manager. Map it in the channel manager, or unsynchronize it in Mews.", CategoryCode: space));
        else
            return space;
        return null;
    }

    /// <returns>"rate × space" when both codes are mapped together, otherwise null with the error added.</returns>
    private string? CheckCombination(JsonElement entry, List<MewsError> errors)
    {
        var rate = Text(entry, "ratePlanCode");
        var space = Text(entry, "spaceTypeCode");
        if (rate is null || space is null)
        {
            Add(errors, new MewsError(6, "An entry has no ratePlanCode or spaceTypeCode."));
            return null;
        }
        var rateKnown = ratePlans.Contains(rate);
        if (MachineIds.TooLong("ratePlanCode", rate) is { } tooLong)
            Add(errors, new MewsError(6, tooLong));
        else if (!rateKnown)
            Add(errors, new MewsError(9, $"Rate '{rate}' is not mapped in the channel manager. Map it in the channel manager, or unsynchronize it in Mews.", RateCode: rate));
        if (CheckSpace(entry, errors) is null || !rateKnown)
            return null;
        if (!combinations.Contains((rate, space)))
        {
            Add(errors, new MewsError(11, $"Rate '{rate}' is not sold for space type '{space}' in the channel manager. Add the combination in the channel manager, or remove the space type from the rate in Mews.", space, rate));
            return null;
        }
        return $"{rate} × {space}";
    }

    private static void CheckDates(JsonElement entry, string where, List<MewsError> errors)
    {
        if (!Date(entry, "from", out var from) || !Date(entry, "to", out var to))
            Add(errors, new MewsError(6, $"{where}: \"from\" and \"to\" must be dates written yyyy-MM-dd."));
        else if (from > to)
            Add(errors, new MewsError(7, $"{where}: the first night {from:yyyy-MM-dd} is after the last night {to:yyyy-MM-dd}."));
    }

    private static void CheckPrices(JsonElement entry, string where, List<MewsError> errors)
    {
        if (!entry.TryGetProperty("prices", out var prices) || prices.ValueKind != JsonValueKind.Array)
        {
            Add(errors, new MewsError(6, $"{where}: \"prices\" is missing."));
            return;
        }
        foreach (var price in prices.EnumerateArray())
        {
            var valid = price.ValueKind == JsonValueKind.Object
                && Number(price, "grossAmount") is >= 0 && Number(price, "netAmount") is >= 0
                && Text(price, "currencyCode") is { Length: 3 }
                && Number(price, "guestCount") is >= 1;
            if (!valid)
                Add(errors, new MewsError(6, $"{where}: every price needs grossAmount and netAmount (not negative), a 3-letter currencyCode and a guestCount of at least 1."));
        }
    }

    private static void CheckRestriction(JsonElement entry, string where, List<MewsError> errors)
    {
        var states = entry.TryGetProperty("state", out var state) && state.ValueKind == JsonValueKind.Array
            ? state.EnumerateArray().Select(s => s.ValueKind == JsonValueKind.Number && s.TryGetInt32(out var v) ? v : -1).ToList()
            : [];
        var valid = states.SequenceEqual([1]) || (states.Contains(2) && states.Count > 1 && states.All(s => s is 2 or 6 or 7 or 8));
        if (!valid)
            Add(errors, new MewsError(6, $"{where}: state [{string.Join(",", states)}] is not documented; send [1] (open) or 2 with 6, 7 and/or 8."));
        var min = Number(entry, "minLos");
        var max = Number(entry, "maxLos");
        var whole = (min is null || decimal.IsInteger(min.Value)) && (max is null || decimal.IsInteger(max.Value));
        if (!whole || min is < 1 || max is < 1 || (min is not null && max is not null && max < min))
            Add(errors, new MewsError(7, $"{where}: minLos and maxLos must be whole numbers of nights, at least 1, with maxLos at least minLos (got {min?.ToString(CultureInfo.InvariantCulture) ?? "none"} and {max?.ToString(CultureInfo.InvariantCulture) ?? "none"})."));
    }

    private static void Add(List<MewsError> errors, MewsError error)
    {
        if (errors.Count < MaxErrors && !errors.Contains(error))
            errors.Add(error);
    }

    private static ReferenceAnswer Fail(MewsError error) => new(false, [error]);

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
            ? text
            : null;

    private static decimal? Number(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var number) ? number : null;

    private static bool Date(JsonElement element, string name, out DateOnly date)
    {
        date = default;
        return Text(element, name) is { } text && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }
}
