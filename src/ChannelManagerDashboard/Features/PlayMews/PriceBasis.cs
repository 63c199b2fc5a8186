namespace ChannelManagerDashboard.Features.PlayMews;

/// <summary>What a rate plan × space type combination's prices depend on, whatever the night.</summary>
/// <param name="RoomPrice">The space type's base price times the rate plan's factor, before occupancy and season.</param>
/// <param name="ProductCents">The product inside a package rate's price, in cents, for 1, 2 … guests: one entry per guest count priced.</param>
public sealed record PriceBasis(double RoomPrice, string Currency, (long Gross, long Net)[] ProductCents);
