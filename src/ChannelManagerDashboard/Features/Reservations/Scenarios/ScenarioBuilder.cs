using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Domain.Inventory;

namespace ChannelManagerDashboard.Features.Reservations.Scenarios;

/// <summary>
/// Builds each reservation test's scenario from the project's configuration and mapping: the rooms, rates, dates,
/// guests, card and channel to book, and the example Process group a correct channel manager sends for it.
/// Modifications and cancellations start from their original's booking, so the examples chain like the real thing.
/// </summary>
public static class ScenarioBuilder
{
    public const string ClientTokenPlaceholder = "YOUR-CLIENT-TOKEN";
    public const string ConnectionTokenPlaceholder = "THE-CONNECTION-TOKEN";

    internal static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>Days from today to each new booking's arrival, so the tests' stays never overlap.</summary>
    private static readonly Dictionary<string, int> ArrivalOffset = new() { ["RES-01"] = 30, ["RES-04"] = 37, ["RES-07"] = 44, ["RES-10"] = 51, ["RES-13"] = 58, ["ERR-06"] = 65 };

    public static IReadOnlyList<ReservationScenario> All(ScenarioInputs inputs) => ReservationTest.All.Select(t => Build(t, inputs)).ToList();

    public static ReservationScenario Build(ReservationTest test, ScenarioInputs inputs)
    {
        var combinations = inputs.Mapped.Count > 0 ? inputs.Mapped : inputs.Profile.Combinations;
        if (combinations.Count == 0)
            return ReservationScenario.Impossible(test, "The configuration sells no rate plan with any space type: fetch a configuration with inventory mappings first (P5).");
        if (test.Kind is ReservationKind.Modification or ReservationKind.Cancellation)
            return Change(test, Build(test.Booking, inputs));
        var rooms = test.MultiRoom ? MultiRoom(combinations) : [Single(combinations, inputs.Profile)];
        if (rooms is null)
            return ReservationScenario.Impossible(test, $"{test.Id} books 3 spaces on exactly 2 rate plans: map at least two rate plans, one of them with two space types.");

        var basis = test.Basis ?? "gross";
        var arrival = inputs.Today.AddDays(ArrivalOffset[test.Id]);
        var steps = new List<(string, string)>();
        var reservations = new JsonArray();
        for (var i = 0; i < rooms.Count; i++)
        {
            var (rate, space) = rooms[i];
            var nights = i == 2 ? 3 : 2;
            var prices = Enumerable.Range(0, nights).Select(n => 135m - 20 * i + 10 * n).ToList();
            var from = arrival;
            var to = test.Kind == ReservationKind.Invalid ? arrival.AddDays(-2) : arrival.AddDays(nights);
            var code = $"{i + 1:00}";
            var reservation = new JsonObject
            {
                ["code"] = code, ["spaceTypeCode"] = space, ["ratePlanCode"] = rate, ["from"] = Day(from), ["to"] = Day(to), ["state"] = 1,
                ["guestCounts"] = test.Family
                    ? JsonNode.Parse("""[{"code":"Adult","count":2},{"code":"Child","count":1}]""")
                    : JsonNode.Parse("""[{"code":"Adult","count":2}]"""),
            };
            if (test.Family)
                reservation["guests"] = JsonNode.Parse("""[{"firstName":"Bram","lastName":"de Vries"}]""");
            reservation["amounts"] = new JsonArray([.. prices.Select(p => Amount(basis, p))]);
            var total = prices.Sum();
            if (test.Optional && inputs.Profile.Response.Products?.FirstOrDefault() is { } product)
            {
                var line = Math.Round((basis == "net" ? product.UnitAmount?.NetValue : product.UnitAmount?.GrossValue) ?? 18.50m, 2) * 2 * nights;
                reservation["extras"] = new JsonArray(new JsonObject
                {
                    ["code"] = product.Code, ["count"] = 1, ["amount"] = Amount(basis, line), ["from"] = Day(from), ["to"] = Day(to), ["pricing"] = 4,
                });
                total += line;
                steps.Add(("Product", $"{product.Name ?? product.Code} ({product.Code}) for 2 guests every night: {Money(line)} in total, per person per night (pricing 4)"));
            }
            reservation["totalAmount"] = Amount(basis, total);
            reservations.Add(reservation);
            steps.Add((rooms.Count == 1 ? "Room" : $"Room {i + 1}", $"{Named(inputs.CmRooms, space, inputs.Profile.SpaceTypes.FirstOrDefault(s => s.Code == space)?.Name)} on {Named(inputs.CmRates, rate, inputs.Profile.RatePlans.FirstOrDefault(r => r.Code == rate)?.Name)}"));
            steps.Add((rooms.Count == 1 ? "Stay" : $"Stay {i + 1}", test.Kind == ReservationKind.Invalid
                ? $"arrival {Day(from)}, departure {Day(to)}: departure before arrival, on purpose"
                : $"arrival {Day(from)}, departure {Day(to)} ({nights} nights at {string.Join(", ", prices.Select(Money))}, {basis})"));
        }
        steps.Add(("Guests", test.Family ? "2 adults and 1 child; the customer Anna de Vries, her companion Bram de Vries" : "2 adults in each room; the customer Lars Visser"));
        var card = test.MultiRoom ? ("MasterCard", "5555444433331111", 2) : ("Visa", "4111111111111111", 1);
        steps.Add(("Card", $"{card.Item1} test card {card.Item2}, expiry 10/28 (1028), CVV 123"));

        var group = new JsonObject
        {
            ["clientToken"] = ClientTokenPlaceholder, ["connectionToken"] = ConnectionTokenPlaceholder,
            ["messageId"] = MessageId(inputs.ProjectId, test.Id), ["channelId"] = $"OTA-{inputs.ProjectId}-{test.Id}", ["channelManagerId"] = GroupId(inputs.ProjectId, test.Id),
            ["currencyCode"] = inputs.Profile.RatePlans.FirstOrDefault(r => r.Code == rooms[0].Rate)?.Currency is { Length: 3 } currency ? currency : "EUR",
            ["paymentType"] = 2,
            ["totalAmount"] = Amount(basis, reservations.Sum(r => r!["totalAmount"]![basis]!.GetValue<decimal>())),
            ["customer"] = test.Family
                ? JsonNode.Parse("""{"firstName":"Anna","lastName":"de Vries","email":"anna.devries@example.com","languageCode":"nl-NL"}""")
                : JsonNode.Parse("""{"firstName":"Lars","lastName":"Visser","email":"lars.visser@example.com"}"""),
            ["paymentCard"] = new JsonObject { ["type"] = card.Item3, ["number"] = card.Item2, ["expireDate"] = "1028", ["cvv"] = "123", ["holderName"] = test.Family ? "Anna de Vries" : "Lars Visser" },
        };
        if (inputs.Channels.FirstOrDefault() is { } channel)
        {
            group["sources"] = new JsonArray(new JsonObject { ["code"] = channel.Code, ["name"] = channel.Name ?? $"Channel {channel.Code}", ["type"] = 0, ["isPrimary"] = true });
            steps.Add(("Channel", $"{channel.Name ?? "Channel"} (Get channels code {channel.Code}), as the primary source"));
        }
        else
            steps.Add(("Channel", "Get channels lists no channel: fetch the configuration again (P5), or ask Mews which channels the property has."));
        group["reservations"] = reservations;
        steps.Insert(0, ("Booking", $"channelManagerId {group["channelManagerId"]}, one group, {Basis(basis)}"));
        return new ReservationScenario(test, steps, Result.Of(group));
    }

    /// <summary>The message that modifies or cancels the original's booking, as the certification suggests.</summary>
    private static ReservationScenario Change(ReservationTest test, ReservationScenario original)
    {
        if (original.Payload is not { } payload)
            return original with { Test = test, Steps = [] };
        var group = payload.DeepClone().AsObject();
        var basis = test.Basis!;
        group["messageId"] = $"{payload["messageId"]}-{test.Id}";
        var steps = new List<(string, string)> { ("Changes", $"the {original.Test.Id} booking, channelManagerId {group["channelManagerId"]}: send it again with the same reservation codes") };
        if (test.Kind == ReservationKind.Cancellation)
        {
            foreach (var field in new[] { "currencyCode", "paymentType", "totalAmount", "customer", "paymentCard", "sources" })
                group.Remove(field);
            group["reservations"] = new JsonArray();
            steps.Add(("Do", "cancel the whole booking in the channel manager; Mews needs only the channelManagerId and empty reservations"));
            return new ReservationScenario(test, steps, Result.Of(group));
        }
        var first = group["reservations"]![0]!.AsObject();
        Lengthen(first, basis);
        steps.Add(("Do", $"add one night to reservation 01 (departure {first["to"]})"));
        if (test.MultiRoom)
        {
            group["reservations"]![2]!["state"] = 3;
            steps.Add(("And", "cancel reservation 03 in the channel manager (sent with state 3); leave reservation 02 as it is"));
        }
        group["totalAmount"] = Amount(basis, group["reservations"]!.AsArray().Where(r => r!["state"]!.GetValue<int>() != 3).Sum(r => r!["totalAmount"]![basis]!.GetValue<decimal>()));
        steps.Add(("Expect", "the same Mews confirmation numbers as the original booking"));
        return new ReservationScenario(test, steps, Result.Of(group));
    }

    private static void Lengthen(JsonObject reservation, string basis)
    {
        var to = DateOnly.ParseExact(reservation["to"]!.GetValue<string>(), "yyyy-MM-dd", CultureInfo.InvariantCulture);
        reservation["to"] = Day(to.AddDays(1));
        var amounts = reservation["amounts"]!.AsArray();
        var last = amounts[^1]![basis]!.GetValue<decimal>();
        amounts.Add(Amount(basis, last + 10));
        reservation["totalAmount"] = Amount(basis, reservation["totalAmount"]![basis]!.GetValue<decimal>() + last + 10);
        reservation["state"] = 2;
    }

    /// <summary>A pair whose space sleeps a family of three when there is one; otherwise the first.</summary>
    private static (string Rate, string Space) Single(IReadOnlyList<Combination> combinations, PropertyProfileData profile)
    {
        var roomy = combinations.FirstOrDefault(c => profile.SpaceTypes.FirstOrDefault(s => s.Code == c.SpaceTypeCode) is { } space
            && (space.BedCount ?? 0) + (space.ExtraBedCount ?? 0) >= 3);
        var pick = roomy ?? combinations[0];
        return (pick.RatePlanCode, pick.SpaceTypeCode);
    }

    /// <summary>Two rooms on one rate plan and a third on another: 3 unique rooms, exactly 2 rate plans.</summary>
    private static List<(string Rate, string Space)>? MultiRoom(IReadOnlyList<Combination> combinations)
    {
        var byRate = combinations.GroupBy(c => c.RatePlanCode).ToList();
        if (byRate.FirstOrDefault(g => g.Count() >= 2) is not { } shared || byRate.FirstOrDefault(g => g.Key != shared.Key) is not { } other)
            return null;
        var two = shared.Take(2).ToList();
        var third = other.FirstOrDefault(c => two.All(t => t.SpaceTypeCode != c.SpaceTypeCode)) ?? other.First();
        return [(two[0].RatePlanCode, two[0].SpaceTypeCode), (two[1].RatePlanCode, two[1].SpaceTypeCode), (third.RatePlanCode, third.SpaceTypeCode)];
    }

    public static string GroupId(int projectId, string testId) => $"CM-{projectId}-{testId}";

    public static string MessageId(int projectId, string testId) => $"msg-{projectId}-{testId}";

    private static string Named(IReadOnlyDictionary<string, string> cmCodes, string code, string? name) =>
        $"{name ?? code} ({code}{(cmCodes.GetValueOrDefault(code) is { } cm ? $", your code {cm}" : "")})";

    private static string Basis(string basis) => basis == "net" ? "net prices (net amounts only)" : "gross prices (gross amounts only)";

    private static JsonObject Amount(string basis, decimal value) => new() { [basis] = value };

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Money(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
