using ChannelManagerDashboard.Domain.Mews;

namespace ChannelManagerDashboard.Features.PlayMews;

/// <summary>What every push carries, whatever its operation: the tokens its evidence masks.</summary>
public interface IMewsPush
{
    Secret ClientToken { get; }
    Secret ConnectionToken { get; }
}

// The bodies Mews sends to a channel manager (Mews Channel Manager API: the operations a channel manager serves). Tokens come first so that the stored
// copy of a large body can be masked without scanning all of it.

public sealed record AvailabilityPush(
    Secret ClientToken, Secret ConnectionToken, string MessageId, string ResponseUrl, IReadOnlyList<AvailabilityEntry> Availabilities) : IMewsPush;

public sealed record AvailabilityEntry(string SpaceTypeCode, DateOnly From, DateOnly To, int Availability);

public sealed record PricesPush(
    Secret ClientToken, Secret ConnectionToken, string MessageId, string ResponseUrl, IReadOnlyList<RatePriceEntry> RatePrices) : IMewsPush;

public sealed record RatePriceEntry(
    string SpaceTypeCode, string RatePlanCode, DateOnly From, DateOnly To, IReadOnlyList<PriceEntry> Prices, IReadOnlyList<AgePriceEntry> AgePrices);

public sealed record PriceEntry(decimal GrossAmount, decimal NetAmount, string CurrencyCode, int GuestCount);

public sealed record AgePriceEntry(decimal GrossAmount, decimal NetAmount, string CurrencyCode, int GuestCount, string AgeCategoryCode);

public sealed record RestrictionsPush(
    Secret ClientToken, Secret ConnectionToken, string MessageId, string ResponseUrl, IReadOnlyList<RestrictionEntry> Restrictions) : IMewsPush;

public sealed record RestrictionEntry(string SpaceTypeCode, string RatePlanCode, DateOnly From, DateOnly To, int[] State, int? MinLos, int? MaxLos);

public sealed record ConfirmGroupPush(
    Secret ClientToken, Secret ConnectionToken, string RelatedMessageId, string ChannelManagerId, IReadOnlyList<ReservationConfirmation> Reservations) : IMewsPush;

public sealed record ReservationConfirmation(string Code, string ConfirmationNumber);

public sealed record ChangeNotificationPush(Secret ClientToken, Secret ConnectionToken, int Type) : IMewsPush;
