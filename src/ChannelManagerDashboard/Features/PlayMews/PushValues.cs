using ChannelManagerDashboard.Domain.Inventory;
using ChannelManagerDashboard.Domain.Mews;

namespace ChannelManagerDashboard.Features.PlayMews;

/// <summary>
/// Plausible, varied and repeatable ARI values for a configuration: availability that dips at weekends, prices by
/// season, occupancy and weekday, package rates with their product inside. The same inputs always give the same values,
/// so a partner can compare a run with their extranet.
/// </summary>
public sealed class PushValues
{
    /// <summary>Illustrative single VAT divisor for net prices (the simulator seed uses the same).</summary>
    public const double NetDivisor = 1.09;

    private static readonly double[] SeasonByMonth = [0.85, 0.85, 0.9, 1.0, 1.05, 1.15, 1.25, 1.25, 1.05, 1.0, 0.9, 1.1];

    private readonly Dictionary<string, MewsSpaceCategory> spaces;
    private readonly Dictionary<string, string> currencies;
    private readonly Dictionary<string, List<MewsProduct>> nightlyProducts;
    private readonly List<MewsAgeCategory> childCategories;

    // Filled once, then only read: messages of a split push are built on several threads at once.
    private readonly Dictionary<string, double> basePrices;
    private readonly Dictionary<string, double> rateFactors;

    public PushValues(PropertyProfileData profile)
    {
        var response = profile.Response;
        spaces = (response.SpaceCategories ?? []).GroupBy(s => s.Code).ToDictionary(g => g.Key, g => g.First());
        currencies = (response.RatePlans ?? []).GroupBy(r => r.Code).ToDictionary(g => g.Key, g => g.First().CurrencyCode is { Length: 3 } c ? c : "EUR");
        var products = (response.Products ?? []).GroupBy(p => p.Code).ToDictionary(g => g.Key, g => g.First());
        nightlyProducts = (response.ProductMappings ?? [])
            .Where(m => products.TryGetValue(m.ProductCode, out var p) && p.Pricing is "3" or "4" && p.UnitAmount?.GrossValue is not null)
            .GroupBy(m => m.RatePlanCode).ToDictionary(g => g.Key, g => g.Select(m => products[m.ProductCode]).ToList());
        childCategories = (response.AgeCategories ?? []).Where(a => a.MaximumAge is < 18 && a.MinimumAge is > 0).ToList();
        basePrices = spaces.Keys.ToDictionary(code => code, BasePrice);
        rateFactors = currencies.Keys.ToDictionary(code => code, RateFactor);
    }

    /// <summary>Rate plans whose nightly prices include a product (Get configuration productMappings, pricing 3 or 4).</summary>
    public bool IsPackage(string ratePlanCode) => nightlyProducts.ContainsKey(ratePlanCode);

    public IReadOnlyList<MewsProduct> ProductsIn(string ratePlanCode) => nightlyProducts.GetValueOrDefault(ratePlanCode) ?? [];

    public int Availability(string spaceTypeCode, DateOnly night)
    {
        var units = Math.Max(1, spaces.GetValueOrDefault(spaceTypeCode)?.SpaceCount ?? 10);
        var week = night.DayNumber / 7;
        var booked = (int)((Hash(spaceTypeCode) + (uint)week * 7) % (uint)(units / 2 + 1)) + (IsWeekend(night) ? 1 : 0);
        return Math.Clamp(units - booked, 0, units);
    }

    /// <summary>What makes availability change from one night to the next.</summary>
    public static (int Week, bool Weekend) AvailabilityKey(DateOnly night) => (night.DayNumber / 7, IsWeekend(night));

    /// <summary>What makes a price change from one night to the next.</summary>
    public static (int Month, bool Weekend) PriceKey(DateOnly night) => (night.Month, IsWeekend(night));

    public int MaxGuests(string spaceTypeCode)
    {
        var space = spaces.GetValueOrDefault(spaceTypeCode);
        return Math.Clamp((space?.BedCount ?? 2) + (space?.ExtraBedCount ?? 0), 1, 4);
    }

    /// <summary>What one combination's nightly prices depend on, looked up once for all of its nights.</summary>
    public PriceBasis Basis(string spaceTypeCode, string ratePlanCode)
    {
        var basePrice = basePrices.TryGetValue(spaceTypeCode, out var known) ? known : BasePrice(spaceTypeCode);
        var rateFactor = rateFactors.TryGetValue(ratePlanCode, out var factor) ? factor : RateFactor(ratePlanCode);
        var maxGuests = MaxGuests(spaceTypeCode);
        return new PriceBasis(basePrice * rateFactor, currencies.GetValueOrDefault(ratePlanCode, "EUR"),
            Enumerable.Range(1, maxGuests).Select(guests => ProductCentsPerNight(ratePlanCode, guests)).ToArray());
    }

    public IReadOnlyList<PriceEntry> Prices(string spaceTypeCode, string ratePlanCode, DateOnly night) =>
        Prices(Basis(spaceTypeCode, ratePlanCode), night);

    /// <summary>One price per guest count, the product (of a package rate) inside each amount.</summary>
    public IReadOnlyList<PriceEntry> Prices(PriceBasis basis, DateOnly night)
    {
        var prices = new PriceEntry[basis.ProductCents.Length];
        for (var guests = 1; guests <= prices.Length; guests++)
        {
            var room = RoomGrossCents(basis, guests, night);
            var (productGross, productNet) = basis.ProductCents[guests - 1];
            prices[guests - 1] = new PriceEntry(Money(room + productGross), Money(Scale(room, 1 / NetDivisor) + productNet), basis.Currency, guests);
        }
        return prices;
    }

    public IReadOnlyList<AgePriceEntry> AgePrices(string spaceTypeCode, string ratePlanCode, DateOnly night) =>
        AgePrices(Basis(spaceTypeCode, ratePlanCode), night);

    /// <summary>A child's price per age category: a fifth of one guest's room price.</summary>
    public IReadOnlyList<AgePriceEntry> AgePrices(PriceBasis basis, DateOnly night)
    {
        if (childCategories.Count == 0)
            return [];
        var child = Scale(RoomGrossCents(basis, 1, night), 0.2);
        return childCategories.Select(a => new AgePriceEntry(Money(child), Money(Scale(child, 1 / NetDivisor)), basis.Currency, 1, a.Code)).ToArray();
    }

    /// <summary>The product part of a package rate's nightly price for <paramref name="guests"/> guests.</summary>
    public (decimal Gross, decimal Net) ProductPerNight(string ratePlanCode, int guests)
    {
        var (gross, net) = ProductCentsPerNight(ratePlanCode, guests);
        return (Money(gross), Money(net));
    }

    private (long Gross, long Net) ProductCentsPerNight(string ratePlanCode, int guests)
    {
        long gross = 0, net = 0;
        foreach (var product in ProductsIn(ratePlanCode))
        {
            var times = product.Pricing == "4" ? guests : 1;
            var unitGross = product.UnitAmount?.GrossValue ?? 0;
            gross += times * Cents((double)unitGross);
            net += times * Cents((double)(product.UnitAmount?.NetValue ?? unitGross / (decimal)NetDivisor));
        }
        return (gross, net);
    }

    /// <summary>In cents and doubles: a full push prices tens of thousands of nights, and decimal arithmetic is slow.</summary>
    private static long RoomGrossCents(PriceBasis basis, int guests, DateOnly night)
    {
        var occupancy = 1 + 0.25 * (guests - 1);
        var weekend = IsWeekend(night) ? 1.12 : 1;
        return Cents(basis.RoomPrice * occupancy * SeasonByMonth[night.Month - 1] * weekend);
    }

    private double BasePrice(string spaceTypeCode) =>
        55 + 20 * Math.Clamp(spaces.GetValueOrDefault(spaceTypeCode)?.BedCount ?? 2, 1, 4) + Hash(spaceTypeCode) % 25;

    private static double RateFactor(string ratePlanCode) => 0.82 + Hash(ratePlanCode) % 25 / 100.0;

    private static long Cents(double amount) => (long)Math.Round(amount * 100, MidpointRounding.AwayFromZero);

    private static long Scale(long cents, double factor) => (long)Math.Round(cents * factor, MidpointRounding.AwayFromZero);

    private static decimal Money(long cents) => new((int)Math.Abs(cents), 0, 0, cents < 0, 2);

    private static bool IsWeekend(DateOnly night) => night.DayOfWeek is DayOfWeek.Friday or DayOfWeek.Saturday;

    /// <summary>FNV-1a: stable across runs and machines, unlike string.GetHashCode.</summary>
    private static uint Hash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
            hash = (hash ^ c) * 16777619u;
        return hash;
    }
}
