using System.Text.Json;
using System.Text.Json.Nodes;
using ChannelManagerDashboard.Domain.Inventory;
using ChannelManagerDashboard.Domain.Mews;
using ChannelManagerDashboard.Features.PlayMews;
using ChannelManagerDashboard.Tests.Support;

namespace ChannelManagerDashboard.Tests.Features.PlayMews;

/// <summary>What each harness test pushes, built from the documented demo configuration with everything mapped.</summary>
[Collection(HarnessCollection.Name)]
public sealed class PushBuilderTests
{
    private const string ClientToken = "CLIENT-TOKEN-0123456789ABCDEF";
    private const string ConnectionToken = "CONNECTION-TOKEN-0123456789ABCDEF";
    private const string InactiveToken = "INACTIVE-TOKEN-0123456789ABCDEF";
    private const string MewsBase = "https://api.mews-demo.com";
    private static readonly DateOnly FirstNight = new(2026, 3, 2);
    private static readonly PropertyProfileData Demo = Mappings.Demo();
    private static readonly HarnessSettings Defaults = new();
    private static readonly PushValues Values = new(Demo);

    public static TheoryData<string> AllTests => new(HarnessTests.All.Select(t => t.Id));

    public static TheoryData<string> InventoryTests => new("INV-01", "INV-02", "INV-03", "INV-04", "INV-05", "INV-06");

    private static HarnessScope Scope(IReadOnlyList<Combination>? combinations = null, PropertyProfileData? profile = null) =>
        new(profile ?? Demo, combinations ?? HarnessScope.MappedIn(Demo, Mappings.Everything()),
            ClientToken, ConnectionToken, InactiveToken, FirstNight, MewsBase);

    private static TestPlan Plan(string testId, HarnessScope? scope = null, HarnessSettings? settings = null) =>
        new PushBuilder(scope ?? Scope(), settings ?? Defaults).Plan(testId);

    private static List<AvailabilityEntry> Availabilities(TestPlan plan) =>
        plan.Pushes.Select(p => p.Build()).OfType<AvailabilityPush>().SelectMany(p => p.Availabilities).ToList();

    private static List<RatePriceEntry> RatePrices(TestPlan plan) =>
        plan.Pushes.Select(p => p.Build()).OfType<PricesPush>().SelectMany(p => p.RatePrices).ToList();

    private static List<RestrictionEntry> Restrictions(TestPlan plan) =>
        plan.Pushes.Select(p => p.Build()).OfType<RestrictionsPush>().SelectMany(p => p.Restrictions).ToList();

    private static string Key(string rate, string space) => $"{rate}×{space}";

    private static List<string> Keys(IEnumerable<(string Rate, string Space)> pairs) =>
        pairs.Select(p => Key(p.Rate, p.Space)).Distinct().Order(StringComparer.Ordinal).ToList();

    private static List<string> MappedKeys() => Keys(Scope().Combinations.Select(c => (c.RatePlanCode, c.SpaceTypeCode)));

    /// <summary>Asserts the ranges follow each other night after night, without gap or overlap.</summary>
    /// <returns>The first and the last night covered.</returns>
    private static (DateOnly First, DateOnly Last) Contiguous(IEnumerable<(DateOnly From, DateOnly To)> ranges)
    {
        var sorted = ranges.OrderBy(r => r.From).ToList();
        Assert.NotEmpty(sorted);
        for (var i = 0; i < sorted.Count; i++)
        {
            Assert.True(sorted[i].From <= sorted[i].To, $"{sorted[i].From} is after {sorted[i].To}");
            if (i > 0)
                Assert.Equal(sorted[i - 1].To.AddDays(1), sorted[i].From);
        }
        return (sorted[0].From, sorted[^1].To);
    }

    private static string Pattern(int[] state, int? minLos, int? maxLos) => $"[{string.Join(",", state)}] min {minLos} max {maxLos}";

    private static int EntryCount(object payload) => payload switch
    {
        AvailabilityPush a => a.Availabilities.Count,
        PricesPush p => p.RatePrices.Count,
        RestrictionsPush r => r.Restrictions.Count,
        _ => throw new InvalidOperationException($"{payload.GetType().Name} carries no entries."),
    };

    private static string WithoutMessageId(JsonObject body)
    {
        body.Remove("messageId");
        return body.ToJsonString();
    }

    [Fact]
    public void Mapping_everything_maps_every_combination_Mews_pushes()
    {
        var combinations = Scope().Combinations;

        Assert.Equal(HarnessScope.AllPushed(Demo), combinations);
        Assert.Equal(23, combinations.Count);
        Assert.DoesNotContain(combinations, c => c.SpaceTypeCode == "TRP" || c.RatePlanCode == "CORP");
    }

    [Theory]
    [MemberData(nameof(InventoryTests))]
    public void Inventory_pushes_expect_success_and_point_responseUrl_at_the_confirmation(string testId)
    {
        var plan = Plan(testId);

        Assert.Null(plan.Blocked);
        Assert.NotEmpty(plan.Pushes);
        Assert.All(plan.Pushes, push =>
        {
            Assert.True(push.Expected.ExpectsSuccess);
            var responseUrl = JsonSerializer.SerializeToNode(push.Build(), MewsJson.Options)!["responseUrl"]!.GetValue<string>();
            Assert.Equal($"{MewsBase}/api/channelManager/v1/{CmOperation.ConfirmationOf(push.Operation)}", responseUrl);
        });
    }

    [Fact]
    public void INV_01_covers_every_mapped_space_type_for_the_short_period_night_after_night()
    {
        var plan = Plan("INV-01");
        var entries = Availabilities(plan);

        Assert.All(plan.Pushes, p => Assert.Equal(CmOperation.UpdateAvailability, p.Operation));
        Assert.Equal(Mappings.PushedSpaces.Order(StringComparer.Ordinal), entries.Select(e => e.SpaceTypeCode).Distinct().Order(StringComparer.Ordinal));
        foreach (var space in Mappings.PushedSpaces)
        {
            var covered = Contiguous(entries.Where(e => e.SpaceTypeCode == space).Select(e => (e.From, e.To)));
            Assert.Equal((FirstNight, FirstNight.AddDays(Defaults.ShortDays - 1)), covered);
        }
    }

    [Fact]
    public void INV_01_ranges_hold_the_availability_of_every_night_in_them()
    {
        var entries = Availabilities(Plan("INV-01"));

        Assert.Contains(entries, e => e.From < e.To);
        foreach (var entry in entries)
        {
            for (var night = entry.From; night <= entry.To; night = night.AddDays(1))
                Assert.Equal(Values.Availability(entry.SpaceTypeCode, night), entry.Availability);
        }
    }

    [Fact]
    public void INV_01_spot_checks_name_the_last_night_of_a_range_with_the_availability_pushed_for_it()
    {
        var plan = Plan("INV-01");
        var first = Availabilities(plan).Where(e => e.SpaceTypeCode == Mappings.PushedSpaces[0]).OrderBy(e => e.From).First();
        var spot = Assert.Single(plan.Facts, f => f.StartsWith("Spot-check availability", StringComparison.Ordinal));

        Assert.True(first.From < first.To, "the first range should span several nights");
        Assert.Contains($"{first.SpaceTypeCode} on {first.To:yyyy-MM-dd}: {first.Availability} (last night of the range {first.From:yyyy-MM-dd}…{first.To:yyyy-MM-dd})", spot);
        Assert.Contains($"{first.SpaceTypeCode} on {first.To.AddDays(1):yyyy-MM-dd}: {Values.Availability(first.SpaceTypeCode, first.To.AddDays(1))} (first night of the next range)", spot);
        Assert.Contains($"on {FirstNight.AddDays(Defaults.ShortDays - 1):yyyy-MM-dd}", spot);
    }

    [Theory]
    [InlineData("INV-02", "grossAmount")]
    [InlineData("INV-03", "netAmount")]
    [InlineData("INV-05", "grossAmount")]
    public void Price_spot_checks_list_each_guest_counts_amount_as_pushed_on_a_range_edge(string testId, string compare)
    {
        var plan = Plan(testId);
        var rate = RatePrices(plan)[0].RatePlanCode;
        var roomiest = RatePrices(plan).Where(e => e.RatePlanCode == rate).MaxBy(e => e.Prices.Count)!.SpaceTypeCode;
        var entry = RatePrices(plan).OrderBy(e => e.From).First(e => e.RatePlanCode == rate && e.SpaceTypeCode == roomiest);
        var spot = Assert.Single(plan.Facts, f => f.StartsWith($"Spot-check {compare} per guest count", StringComparison.Ordinal));

        var amounts = string.Join(", ", entry.Prices.Select(p => $"{(p.GuestCount == 1 ? "1 guest" : $"{p.GuestCount} guests")} {(compare == "netAmount" ? p.NetAmount : p.GrossAmount):0.00} {p.CurrencyCode}"));
        Assert.Contains($"{entry.RatePlanCode} × {entry.SpaceTypeCode} on {entry.To:yyyy-MM-dd} (last night of the range {entry.From:yyyy-MM-dd}…{entry.To:yyyy-MM-dd}): {amounts}", spot);
        Assert.Contains("(first night of the next range)", spot);
        Assert.Contains("3 guests", spot);
    }

    [Fact]
    public void INV_04_spot_checks_give_both_edges_of_every_restriction_state()
    {
        var plan = Plan("INV-04");
        var first = Restrictions(plan).Where(e => e.RatePlanCode == Restrictions(plan)[0].RatePlanCode && e.SpaceTypeCode == Restrictions(plan)[0].SpaceTypeCode).ToList();
        var spot = Assert.Single(plan.Facts, f => f.StartsWith("Spot-check restrictions", StringComparison.Ordinal));

        Assert.Equal(PushBuilder.RestrictionPatterns.Count, first.Count);
        Assert.All(first, w => Assert.Contains($"{w.From:yyyy-MM-dd} and {w.To:yyyy-MM-dd}: ", spot));
        Assert.Contains(": closed to arrival", spot);
        Assert.Contains(": closed to stay and closed to departure", spot);
        Assert.Contains(": open, for stays of 3 to 10 nights only", spot);
    }

    [Fact]
    public void INV_02_prices_every_mapped_combination_for_the_short_period()
    {
        var entries = RatePrices(Plan("INV-02"));

        Assert.Equal(MappedKeys(), Keys(entries.Select(e => (e.RatePlanCode, e.SpaceTypeCode))));
        foreach (var group in entries.GroupBy(e => Key(e.RatePlanCode, e.SpaceTypeCode)))
            Assert.Equal((FirstNight, FirstNight.AddDays(Defaults.ShortDays - 1)), Contiguous(group.Select(e => (e.From, e.To))));
    }

    [Fact]
    public void INV_02_has_one_price_per_guest_count_with_gross_above_net_and_a_currency()
    {
        var entries = RatePrices(Plan("INV-02"));

        Assert.All(entries, entry =>
        {
            var guests = Enumerable.Range(1, Values.MaxGuests(entry.SpaceTypeCode));
            Assert.Equal(guests, entry.Prices.Select(p => p.GuestCount));
            Assert.All(entry.Prices, price =>
            {
                Assert.True(price.GrossAmount > price.NetAmount, $"{entry.RatePlanCode}×{entry.SpaceTypeCode}: gross {price.GrossAmount} is not above net {price.NetAmount}");
                Assert.True(price.NetAmount > 0);
                Assert.Equal("EUR", price.CurrencyCode);
            });
        });
        Assert.Equal([1, 2, 3], entries.First(e => e.SpaceTypeCode == "DBL").Prices.Select(p => p.GuestCount));
    }

    [Fact]
    public void INV_03_prices_the_same_combinations_for_the_nights_after_INV_02()
    {
        var gross = RatePrices(Plan("INV-02"));
        var net = RatePrices(Plan("INV-03"));

        Assert.Equal(Keys(gross.Select(e => (e.RatePlanCode, e.SpaceTypeCode))), Keys(net.Select(e => (e.RatePlanCode, e.SpaceTypeCode))));
        var first = gross.Max(e => e.To).AddDays(1);
        foreach (var group in net.GroupBy(e => Key(e.RatePlanCode, e.SpaceTypeCode)))
            Assert.Equal((first, first.AddDays(Defaults.ShortDays - 1)), Contiguous(group.Select(e => (e.From, e.To))));
    }

    [Fact]
    public void INV_04_sends_every_restriction_pattern_to_every_combination_without_overlap()
    {
        var entries = Restrictions(Plan("INV-04"));
        var patterns = PushBuilder.RestrictionPatterns.Select(p => Pattern(p.State, p.MinLos, p.MaxLos)).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(12, patterns.Distinct().Count());
        Assert.Equal(MappedKeys(), Keys(entries.Select(e => (e.RatePlanCode, e.SpaceTypeCode))));
        foreach (var group in entries.GroupBy(e => Key(e.RatePlanCode, e.SpaceTypeCode)))
        {
            Assert.Equal(patterns, group.Select(e => Pattern(e.State, e.MinLos, e.MaxLos)).Order(StringComparer.Ordinal));
            Assert.Equal(FirstNight, Contiguous(group.Select(e => (e.From, e.To))).First);
        }
    }

    [Fact]
    public void INV_05_pushes_only_the_package_rate()
    {
        var plan = Plan("INV-05");

        Assert.Equal(["BB×DBL", "BB×SGL", "BB×STE", "BB×TWN"], Keys(RatePrices(plan).Select(e => (e.RatePlanCode, e.SpaceTypeCode))));
        Assert.Contains(plan.Facts, f => f.StartsWith("BB includes BRK 18.50 EUR per person per night", StringComparison.Ordinal));
    }

    [Fact]
    public void INV_05_prices_are_the_room_price_plus_breakfast_for_each_guest()
    {
        var roomOnly = new PushValues(Mappings.Demo(json => json.Remove("productMappings")));
        var entries = RatePrices(Plan("INV-05"));

        Assert.False(roomOnly.IsPackage("BB"));
        Assert.All(entries, entry => Assert.All(entry.Prices, price =>
        {
            var room = roomOnly.Prices(entry.SpaceTypeCode, entry.RatePlanCode, entry.From)[price.GuestCount - 1];
            Assert.Equal(room.GrossAmount + price.GuestCount * 18.50m, price.GrossAmount);
            Assert.Equal(room.NetAmount + price.GuestCount * 16.97m, price.NetAmount);
        }));
    }

    [Fact]
    public void INV_05_is_blocked_when_no_package_rate_is_mapped()
    {
        var withoutPackage = HarnessScope.MappedIn(Demo, Mappings.Catalog().MapSpaces(Mappings.PushedSpaces).MapRates("FF", "NR", "NET", "LS7"));

        var plan = Plan("INV-05", Scope(withoutPackage));

        Assert.NotEmpty(withoutPackage);
        Assert.Empty(plan.Pushes);
        Assert.StartsWith("No package rate is mapped", plan.Blocked);
        Assert.Contains("Map one on the Mapping page", plan.Blocked);
    }

    [Fact]
    public void INV_06_covers_a_year_of_every_combination_in_all_three_operations()
    {
        var plan = Plan("INV-06");
        var lastNight = FirstNight.AddDays(364);

        foreach (var space in Mappings.PushedSpaces)
            Assert.Equal((FirstNight, lastNight), Contiguous(Availabilities(plan).Where(e => e.SpaceTypeCode == space).Select(e => (e.From, e.To))));
        foreach (var group in RatePrices(plan).GroupBy(e => Key(e.RatePlanCode, e.SpaceTypeCode)))
            Assert.Equal((FirstNight, lastNight), Contiguous(group.Select(e => (e.From, e.To))));
        var restricted = Restrictions(plan).GroupBy(e => Key(e.RatePlanCode, e.SpaceTypeCode)).ToList();
        foreach (var group in restricted)
        {
            var (first, last) = Contiguous(group.Select(e => (e.From, e.To)));
            Assert.Equal(FirstNight, first);
            Assert.True(last >= lastNight, $"{group.Key} restrictions end on {last}, before {lastNight}");
        }
        Assert.Equal(MappedKeys(), Keys(RatePrices(plan).Select(e => (e.RatePlanCode, e.SpaceTypeCode))));
        Assert.Equal(MappedKeys(), restricted.Select(g => g.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void INV_06_splits_every_operation_into_messages_of_at_most_the_configured_entries()
    {
        var plan = Plan("INV-06", settings: new HarnessSettings { MaxEntriesPerMessage = 50 });

        Assert.All(plan.Pushes, push =>
        {
            Assert.Equal(push.Entries, EntryCount(push.Build()));
            Assert.InRange(push.Entries, 1, 50);
        });
        foreach (var operation in new[] { CmOperation.UpdateAvailability, CmOperation.UpdatePrices, CmOperation.UpdateRestrictions })
        {
            var messages = plan.Pushes.Where(p => p.Operation == operation).ToList();
            Assert.True(messages.Count > 1, $"{operation} was sent in {messages.Count} message(s)");
            Assert.Equal($"{operation} 1 of {messages.Count}", messages[0].Label);
        }
        Assert.Equal(RatePrices(Plan("INV-06")).Count, RatePrices(plan).Count);
    }

    [Fact]
    public void ERR_02_confirms_a_reservation_the_channel_manager_never_sent()
    {
        var plan = Plan("ERR-02");

        var push = Assert.Single(plan.Pushes);
        var payload = Assert.IsType<ConfirmGroupPush>(push.Build());
        Assert.Equal(CmOperation.ConfirmGroup, push.Operation);
        Assert.Equal([2], push.Expected.ErrorCodes);
        Assert.Contains($"confirmation number {Assert.Single(payload.Reservations).ConfirmationNumber}", Assert.Single(plan.Facts));
    }

    [Fact]
    public void ERR_03_pushes_availability_for_an_unknown_space_type_and_expects_code_10_naming_it()
    {
        var push = Assert.Single(Plan("ERR-03").Pushes);

        var entry = Assert.Single(Assert.IsType<AvailabilityPush>(push.Build()).Availabilities);
        Assert.Equal(CmOperation.UpdateAvailability, push.Operation);
        Assert.Equal("ZZZ", entry.SpaceTypeCode);
        Assert.DoesNotContain(Demo.SpaceTypes, s => s.Code == "ZZZ");
        Assert.Equal([10], push.Expected.ErrorCodes);
        Assert.Equal("ZZZ", push.Expected.CategoryCode);
        Assert.Null(push.Expected.RateCode);
    }

    [Fact]
    public void ERR_04_pushes_prices_for_an_unknown_rate_and_expects_code_9_naming_it()
    {
        var push = Assert.Single(Plan("ERR-04").Pushes);

        var entry = Assert.Single(Assert.IsType<PricesPush>(push.Build()).RatePrices);
        Assert.Equal(CmOperation.UpdatePrices, push.Operation);
        Assert.Equal("ZZZ", entry.RatePlanCode);
        Assert.Contains(entry.SpaceTypeCode, Mappings.PushedSpaces);
        Assert.Equal([9], push.Expected.ErrorCodes);
        Assert.Equal("ZZZ", push.Expected.RateCode);
        Assert.Null(push.Expected.CategoryCode);
    }

    [Fact]
    public void The_unknown_code_skips_a_code_the_configuration_uses()
    {
        var profile = Mappings.Demo(json => Mappings.AddSpaceType(json, "ZZZ", "FF"));

        var push = Assert.Single(Plan("ERR-03", Scope(HarnessScope.AllPushed(profile), profile)).Pushes);

        Assert.Equal("ZZZ1", Assert.Single(Assert.IsType<AvailabilityPush>(push.Build()).Availabilities).SpaceTypeCode);
        Assert.Equal("ZZZ1", push.Expected.CategoryCode);
    }

    [Fact]
    public void ERR_05_pushes_to_all_three_operations_with_the_inactive_token_and_expects_3_or_8()
    {
        var pushes = Plan("ERR-05").Pushes;

        Assert.Equal([CmOperation.UpdateAvailability, CmOperation.UpdatePrices, CmOperation.UpdateRestrictions], pushes.Select(p => p.Operation));
        Assert.All(pushes, push =>
        {
            var body = JsonSerializer.SerializeToNode(push.Build(), MewsJson.Options)!;
            Assert.Equal(ClientToken, body["clientToken"]!.GetValue<string>());
            Assert.Equal(InactiveToken, body["connectionToken"]!.GetValue<string>());
            Assert.Equal([3, 8], push.Expected.ErrorCodes);
        });
    }

    [Theory]
    [MemberData(nameof(AllTests))]
    public void Every_push_body_starts_with_the_client_and_connection_tokens(string testId)
    {
        var pushes = Plan(testId).Pushes;

        Assert.NotEmpty(pushes);
        Assert.All(pushes, push =>
        {
            using var body = JsonDocument.Parse(JsonSerializer.SerializeToUtf8Bytes(push.Build(), MewsJson.Options));
            var head = body.RootElement.EnumerateObject().Take(2).ToList();
            Assert.Equal(["clientToken", "connectionToken"], head.Select(p => p.Name));
            Assert.Equal(ClientToken, head[0].Value.GetString());
            Assert.Contains(head[1].Value.GetString() ?? "", new[] { ConnectionToken, InactiveToken });
        });
    }

    [Theory]
    [InlineData("INV-01")]
    [InlineData("INV-02")]
    [InlineData("INV-03")]
    [InlineData("INV-04")]
    [InlineData("INV-05")]
    [InlineData("INV-06")]
    [InlineData("ERR-03")]
    [InlineData("ERR-04")]
    [InlineData("ERR-05")]
    public void Two_builders_push_the_same_values_with_their_own_message_ids(string testId)
    {
        var first = Plan(testId).Pushes.Select(p => JsonSerializer.SerializeToNode(p.Build(), MewsJson.Options)!.AsObject()).ToList();
        var second = Plan(testId).Pushes.Select(p => JsonSerializer.SerializeToNode(p.Build(), MewsJson.Options)!.AsObject()).ToList();

        var ids = first.Concat(second).Select(body => body["messageId"]!.GetValue<string>()).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(first.Select(WithoutMessageId), second.Select(WithoutMessageId));
    }

    [Theory]
    [MemberData(nameof(InventoryTests))]
    [InlineData("ERR-05")]
    public void Nothing_mapped_blocks_the_test_and_points_at_the_Mapping_page(string testId)
    {
        var nothing = HarnessScope.MappedIn(Demo, Mappings.Catalog());

        var plan = Plan(testId, Scope(nothing));

        Assert.Empty(nothing);
        Assert.Empty(plan.Pushes);
        Assert.NotNull(plan.Blocked);
        Assert.Contains("on the Mapping page", plan.Blocked);
    }

    [Fact]
    public void An_unknown_test_is_blocked() =>
        Assert.Equal("The harness has no test 'INV-99'.", Plan("INV-99").Blocked);
}
