using System.Globalization;
using ChannelManagerDashboard.Domain.Mews;

namespace ChannelManagerDashboard.Features.PlayMews;

/// <summary>ERR-02..05: one push each that a correct channel manager must refuse with a specific error code.</summary>
public sealed partial class PushBuilder
{
    private TestPlan UnknownReservation()
    {
        var number = Random.Shared.Next(100000, 999999).ToString(CultureInfo.InvariantCulture);
        var push = new ConfirmGroupPush(scope.ClientToken, scope.ConnectionToken, MessageId(), $"PLAYMEWS-{number}", [new ReservationConfirmation($"PLAYMEWS-{number}-1", number)]);
        return new TestPlan([new PlannedPush(CmOperation.ConfirmGroup, () => push, Expectation.Error(2), 1, "confirmGroup")],
            [$"Confirm booking for channelManagerId PLAYMEWS-{number} with Mews confirmation number {number}, which the channel manager never sent."]);
    }

    private TestPlan UnmappedSpaceType()
    {
        var code = scope.UnknownCode();
        var push = new AvailabilityPush(scope.ClientToken, scope.ConnectionToken, MessageId(), scope.ResponseUrl(CmOperation.UpdateAvailability),
            [new AvailabilityEntry(code, scope.FirstNight, scope.FirstNight.AddDays(6), 5)]);
        return new TestPlan([new PlannedPush(CmOperation.UpdateAvailability, () => push, Expectation.Error(10, categoryCode: code), 1, "updateAvailability")],
            [$"Availability for space type code '{code}', which is not in the configuration and not mapped."]);
    }

    private TestPlan UnmappedRate()
    {
        var code = scope.UnknownCode();
        var space = scope.Combinations.FirstOrDefault()?.SpaceTypeCode ?? scope.Profile.SpaceTypes.FirstOrDefault()?.Code ?? "DBL";
        var push = new PricesPush(scope.ClientToken, scope.ConnectionToken, MessageId(), scope.ResponseUrl(CmOperation.UpdatePrices),
            [new RatePriceEntry(space, code, scope.FirstNight, scope.FirstNight.AddDays(6), values.Prices(space, code, scope.FirstNight), [])]);
        return new TestPlan([new PlannedPush(CmOperation.UpdatePrices, () => push, Expectation.Error(9, rateCode: code), 1, "updatePrices")],
            [$"Prices for rate code '{code}' (not in the configuration, not mapped) on mapped space type {space}."]);
    }

    private TestPlan InactiveConnection()
    {
        var combination = scope.Combinations[0];
        var token = scope.InactiveConnectionToken;
        var first = scope.FirstNight;
        var expected = new Expectation([3, 8]);
        object[] payloads =
        [
            new AvailabilityPush(scope.ClientToken, token, MessageId(), scope.ResponseUrl(CmOperation.UpdateAvailability),
                [new AvailabilityEntry(combination.SpaceTypeCode, first, first.AddDays(6), values.Availability(combination.SpaceTypeCode, first))]),
            new PricesPush(scope.ClientToken, token, MessageId(), scope.ResponseUrl(CmOperation.UpdatePrices),
                [new RatePriceEntry(combination.SpaceTypeCode, combination.RatePlanCode, first, first.AddDays(6), values.Prices(combination.SpaceTypeCode, combination.RatePlanCode, first), [])]),
            new RestrictionsPush(scope.ClientToken, token, MessageId(), scope.ResponseUrl(CmOperation.UpdateRestrictions),
                [new RestrictionEntry(combination.SpaceTypeCode, combination.RatePlanCode, first, first.AddDays(6), [1], null, null)]),
        ];
        string[] operations = [CmOperation.UpdateAvailability, CmOperation.UpdatePrices, CmOperation.UpdateRestrictions];
        return new TestPlan(operations.Select((op, i) => new PlannedPush(op, () => payloads[i], expected, 1, op)).ToList(),
            ["One push to each ARI endpoint with the connection token of a deactivated connection; each must answer code 3 (connection not found) or 8 (invalid authentication)."]);
    }
}
