using ChannelManagerDashboard.Features.Configuration;
using ChannelManagerDashboard.Features.MewsApi;

namespace ChannelManagerDashboard.Features.PlayMews;

/// <summary>
/// Plausible, varied and repeatable ARI values for a configuration: availability that dips at weekends, prices by
/// season, occupancy and weekday, package rates with their product inside. The same inputs always give the same values,
/// so a partner can compare a run with their extranet.
/// </summary>
public sealed class PushValues
{
    /// <summary>Illustrative single VAT divisor for net prices (the simulator seed uses the same).</summary>
    public const decimal NetDivisor = 1.09m;

    private static readonly decimal[] SeasonByMonth = [0.85m, 0.85m, 0.9m, 1.0m, 1.05m, 1.15m, 1.25m, 1.25m, 1.05m, 1.0m, 0.9m, 1.1m];

    private readonly Dictionary<string, MewsSpaceCategory> spaces;
    private readonly Dictionary<string, string> currencies;
    private readonly Dictionary<string, List<MewsProduct>> nightlyProducts;
    private readonly List<MewsAgeCategory> childCategories;
    private readonly Dictionary<string, decimal> basePrices = [];
    private readonly Dictionary<string, decimal> rateFactors = [];

    public PushValues(PropertyConfiguration configuration)
    {
        var response = configuration.Response;
        spaces = (response.SpaceCategories ?? []).GroupBy(s => s.Code).ToDictionary(g => g.Key, g => g.First());
        currencies = (response.RatePlans ?? []).GroupBy(r => r.Code).ToDictionary(g => g.Key, g => g.First().CurrencyCode is { Length: 3 } c ? c : "EUR");
        var products = (response.Products ?? []).GroupBy(p => p.Code).ToDictionary(g => g.Key, g => g.First());
        nightlyProducts = (response.ProductMappings ?? [])
            .Where(m => products.TryGetValue(m.ProductCode, out var p) && p.Pricing is "3" or "4" && p.UnitAmount?.GrossValue is not null)
            .GroupBy(m => m.RatePlanCode).ToDictionary(g => g.Key, g => g.Select(m => products[m.ProductCode]).ToList());
        childCategories = (response.AgeCategories ?? []).Where(a => a.MaximumAge is < 18 && a.MinimumAge is > 0).ToList();
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

    public IReadOnlyList<PriceEntry> Prices(string spaceTypeCode, string ratePlanCode, DateOnly night)
    {
        var currency = currencies.GetValueOrDefault(ratePlanCode, "EUR");
        var prices = new PriceEntry[MaxGuests(spaceTypeCode)];
        for (var guests = 1; guests <= prices.Length; guests++)
        {
            var room = RoomGross(spaceTypeCode, ratePlanCode, guests, night);
            var (productGross, productNet) = ProductPerNight(ratePlanCode, guests);
            prices[guests - 1] = new PriceEntry(room + productGross, Round(room / NetDivisor) + productNet, currency, guests);
        }
        return prices;
    }

    public IReadOnlyList<AgePriceEntry> AgePrices(string spaceTypeCode, string ratePlanCode, DateOnly night)
    {
        if (childCategories.Count == 0)
            return [];
        var currency = currencies.GetValueOrDefault(ratePlanCode, "EUR");
        var child = Round(RoomGross(spaceTypeCode, ratePlanCode, 1, night) * 0.2m);
        return childCategories.Select(a => new AgePriceEntry(child, Round(child / NetDivisor), currency, 1, a.Code)).ToList();
    }

    /// <summary>The product part of a package rate's nightly price for <paramref name="guests"/> guests.</summary>
    public (decimal Gross, decimal Net) ProductPerNight(string ratePlanCode, int guests)
    {
        decimal gross = 0, net = 0;
        foreach (var product in ProductsIn(ratePlanCode))
        {
            var times = product.Pricing == "4" ? guests : 1;
            gross += times * (product.UnitAmount?.GrossValue ?? 0);
            net += times * (product.UnitAmount?.NetValue ?? Round((product.UnitAmount?.GrossValue ?? 0) / NetDivisor));
        }
        return (gross, net);
    }

    private decimal RoomGross(string spaceTypeCode, string ratePlanCode, int guests, DateOnly night)
    {
        if (!basePrices.TryGetValue(spaceTypeCode, out var basePrice))
        {
            var beds = Math.Clamp(spaces.GetValueOrDefault(spaceTypeCode)?.BedCount ?? 2, 1, 4);
            basePrices[spaceTypeCode] = basePrice = 55m + 20m * beds + Hash(spaceTypeCode) % 25;
        }
        if (!rateFactors.TryGetValue(ratePlanCode, out var rateFactor))
            rateFactors[ratePlanCode] = rateFactor = 0.82m + Hash(ratePlanCode) % 25 / 100m;
        var occupancy = 1m + 0.25m * (guests - 1);
        var weekend = IsWeekend(night) ? 1.12m : 1m;
        return Round(basePrice * rateFactor * occupancy * SeasonByMonth[night.Month - 1] * weekend);
    }

    private static bool IsWeekend(DateOnly night) => night.DayOfWeek is DayOfWeek.Friday or DayOfWeek.Saturday;

    private static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    /// <summary>FNV-1a: stable across runs and machines, unlike string.GetHashCode.</summary>
    private static uint Hash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
            hash = (hash ^ c) * 16777619u;
        return hash;
    }
}
