using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using static ChannelManagerDashboard.Features.ConnectorReview.Sample.SampleLog;

namespace ChannelManagerDashboard.Features.ConnectorReview.Sample;

/// <summary>
/// A revenue-management integration's 48 hours against the Mews demo, as JSON Lines: set-up (configuration, services,
/// rates, segments, a paged initial reservation load), then day-to-day (reservations and blocks every 30 minutes on
/// chained UpdatedUtc windows, pricing read and updated every 6 hours, restrictions daily, static data re-read twice a
/// day) with a transient 503 retried. The mistaken version polls every 5 minutes, skips windows, reads without a
/// filter, ignores a Retry-After, resends a refused body, requests a deprecated and an undeclared operation and breaks
/// the request format. Deterministic: the same version always gives the same log.
/// </summary>
public static class SampleIntegration
{
    public const string ClientName = "Acme Revenue 2.4.1";

    public const string UseCase = "Revenue management";

    /// <summary>The sample's certification form rows: each operation with its purpose and expected frequency.</summary>
    public static readonly IReadOnlyList<DeclaredOperation> Declared =
    [
        new("configuration/get", "Read the property's time zone and currency at set-up", "At set-up, then twice a day"),
        new("services/getAll", "Find the stay service to price", "At set-up, then twice a day"),
        new("businessSegments/getAll", "Segment the forecast by business segment", "At set-up"),
        new("rates/getAll", "List the rates to price", "At set-up"),
        new("rateGroups/getAll", "Group rates as the hotel does", "At set-up"),
        new("reservations/getAll/2023-06-06", "Sync reservations for the forecast (UpdatedUtc since the last sync)", "Every 30 minutes"),
        new("resourceBlocks/getAll", "Take out-of-order rooms off the inventory", "Every 30 minutes"),
        new("rates/getPricing", "Read current prices before recommending", "Every 6 hours"),
        new("rates/updatePrice", "Push the recommended prices", "Every 6 hours"),
        new("restrictions/set", "Set minimum-stay restrictions for high-demand days", "Once a day"),
    ];

    /// <summary>The declaration in the connector-review command's form.</summary>
    public static string DeclaredJson => JsonSerializer.Serialize(new { useCases = new[] { UseCase }, operations = Declared.Select(d => d.Name) });

    public static readonly DateTimeOffset Start = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    public static IEnumerable<string> JsonLines(SampleVersion version) => new Writer(version).Lines();

    private sealed class Writer(SampleVersion version)
    {
        private const string ServiceId = "bd26d8db-86da-4f96-9efc-e5a4654a4a94";
        private static readonly string[] RateIds = ["ed4b660b-19d0-434b-9360-a4de2ea42eda", "a3b2c1d0-1111-4a2b-9c3d-5e6f7a8b9c0d", "c9d8e7f6-2222-4b3c-8d4e-6f7a8b9c0d1e"];

        private readonly SampleLog log = new(version == SampleVersion.Clean ? 48 : 49, secondToken: version == SampleVersion.WithMistakes);
        private readonly bool mistakes = version == SampleVersion.WithMistakes;
        private DateTimeOffset reservationsSince, blocksSince;

        public IEnumerable<string> Lines()
        {
            SetUp();
            DayToDay();
            return log.Lines();
        }

        private void SetUp()
        {
            var at = Start;
            foreach (var operation in new[] { "configuration/get", "services/getAll", "businessSegments/getAll" })
                at = log.Request(at.AddSeconds(2), operation, Limited(operation == "configuration/get" ? new JsonObject() : new JsonObject { ["ServiceIds"] = Ids(ServiceId) }, operation));
            // The service is a partition, not a filter: the rates and rate groups to price are the active ones.
            foreach (var operation in new[] { "rateGroups/getAll", "rates/getAll" })
                at = log.Request(at.AddSeconds(2), operation, Limited(new JsonObject { ["ServiceIds"] = Ids(ServiceId), ["ActivityStates"] = new JsonArray("Active") }, operation));
            reservationsSince = blocksSince = at.AddMonths(-3).AddDays(1);
            string? cursor = null;
            for (var page = 0; page < 3; page++)
            {
                at = log.Request(at.AddSeconds(1), "reservations/getAll/2023-06-06",
                    new JsonObject { ["UpdatedUtc"] = Interval(reservationsSince, Start), ["Limitation"] = Limitation(cursor) });
                cursor = log.Guid(at);
            }
            reservationsSince = blocksSince = Start;
        }

        private void DayToDay()
        {
            var end = Start.AddHours(48).AddMinutes(5);
            var every = TimeSpan.FromMinutes(mistakes ? 5 : 30);
            var tick = 0;
            for (var at = Start.AddMinutes(30); at <= end; at += every, tick++)
            {
                var now = at.AddSeconds(log.Random.Next(0, 20));
                var skipWindow = mistakes && tick == 40;
                if (skipWindow)
                    reservationsSince = reservationsSince.AddMinutes(20);
                var status = !mistakes && tick == 30 ? 503 : 200;
                var next = log.Request(now, "reservations/getAll/2023-06-06",
                    new JsonObject { ["UpdatedUtc"] = Interval(reservationsSince, now), ["Limitation"] = Limitation(null) }, status);
                if (status == 503)
                    next = log.Request(next.AddSeconds(20), "reservations/getAll/2023-06-06",
                        new JsonObject { ["UpdatedUtc"] = Interval(reservationsSince, now), ["Limitation"] = Limitation(null) });
                reservationsSince = now;
                var blocks = new JsonObject { ["UpdatedUtc"] = Interval(blocksSince, now.AddSeconds(5)), ["Limitation"] = Limitation(null) };
                if (mistakes && tick == 100)
                    blocks.Remove("Limitation");
                log.Request(now.AddSeconds(5), "resourceBlocks/getAll", blocks, mistakes && tick == 100 ? 400 : 200);
                blocksSince = now.AddSeconds(5);
                if (at.Minute < every.TotalMinutes && at.Hour % 6 == 0)
                    Pricing(now.AddMinutes(1));
                if (at.Minute < every.TotalMinutes && at.Hour == 3)
                    Restrictions(now.AddMinutes(3));
                if (at.Minute < every.TotalMinutes && at.Hour is 9 or 21)
                    StaticData(now.AddMinutes(4));
                if (mistakes && at.Minute < every.TotalMinutes && at.Hour % 2 == 0)
                    StaticData(now.AddMinutes(2));
            }
            if (mistakes)
                Mistakes(Start.AddHours(20));
        }

        private void Pricing(DateTimeOffset at)
        {
            var first = new DateTimeOffset(at.UtcDateTime.Date, TimeSpan.Zero).AddDays(1).AddHours(-1);
            foreach (var rate in RateIds)
            {
                at = log.Request(at.AddSeconds(3), "rates/getPricing", new JsonObject
                {
                    ["RateId"] = rate,
                    ["FirstTimeUnitStartUtc"] = Utc(first),
                    ["LastTimeUnitStartUtc"] = Utc(first.AddDays(90)),
                });
            }
            log.Request(at.AddSeconds(30), "rates/updatePrice", new JsonObject
            {
                ["RateId"] = RateIds[0],
                ["PriceUpdates"] = new JsonArray(new JsonObject { ["FirstTimeUnitStartUtc"] = Utc(first.AddDays(7)), ["LastTimeUnitStartUtc"] = Utc(first.AddDays(9)), ["Value"] = 129 }),
            });
        }

        private void Restrictions(DateTimeOffset at)
        {
            var first = new DateTimeOffset(at.UtcDateTime.Date, TimeSpan.Zero).AddDays(14).AddHours(-1);
            log.Request(at, "restrictions/set", new JsonObject
            {
                ["ServiceId"] = ServiceId,
                ["Data"] = new JsonArray(new JsonObject
                {
                    ["Type"] = "Stay",
                    ["ExactRateId"] = RateIds[1],
                    ["StartUtc"] = Utc(first),
                    ["EndUtc"] = Utc(first.AddDays(3)),
                    ["MinLength"] = "P0M2DT0H0M0S",
                }),
            });
        }

        private void StaticData(DateTimeOffset at)
        {
            at = log.Request(at, "configuration/get", new JsonObject());
            log.Request(at.AddSeconds(1), "services/getAll", Limited(new JsonObject { ["ServiceIds"] = Ids(ServiceId) }, "services/getAll"));
        }

        /// <summary>The typical mistakes, each once or in a short burst, so every failing check has something to name.</summary>
        private void Mistakes(DateTimeOffset at)
        {
            // S7: everything updated in a year, without a narrowing filter, and an interval over three months.
            at = log.Request(at, "reservations/getAll/2023-06-06", new JsonObject { ["Limitation"] = Limitation(null) });
            at = log.Request(at.AddSeconds(5), "reservations/getAll/2023-06-06", new JsonObject { ["CollidingUtc"] = Interval(at.AddMonths(-6), at), ["Limitation"] = Limitation(null) });
            // S9 and S2: the 2017 version of Get all reservations, and an operation the form does not declare.
            at = log.Request(at.AddSeconds(5), "reservations/getAll", new JsonObject { ["StartUtc"] = Utc(at.AddDays(-1)), ["EndUtc"] = Utc(at) });
            at = log.Request(at.AddSeconds(5), "customers/getAll", new JsonObject { ["CustomerIds"] = Ids("35d4b117-4e60-44a3-9580-c582117eff98"), ["Limitation"] = Limitation(null) });
            // S5: a Client without version and a local time with an offset.
            at = log.Request(at.AddSeconds(5), "rates/getPricing", new JsonObject
            {
                ["RateId"] = RateIds[0],
                ["FirstTimeUnitStartUtc"] = at.ToOffset(TimeSpan.FromHours(1)).ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture),
                ["LastTimeUnitStartUtc"] = Utc(at.AddDays(30)),
            }, client: "Acme Revenue");
            // S3: a refused price update sent again unchanged.
            var refused = new JsonObject { ["RateId"] = "00000000-0000-0000-0000-000000000000", ["PriceUpdates"] = new JsonArray() };
            at = log.Request(at.AddSeconds(5), "rates/updatePrice", refused.DeepClone().AsObject(), 400);
            at = log.Request(at.AddSeconds(5), "rates/updatePrice", refused, 400);
            // S4: a burst that hits 429, then a fixed 1-second pause instead of the 30 s Retry-After.
            // Sent in parallel on one token: each starts 120 ms after the last, whatever its answer took.
            log.SecondToken = false;
            for (var i = 0; i < 210; i++, at = at.AddMilliseconds(120))
                log.Request(at, "rates/getPricing", new JsonObject
                {
                    ["RateId"] = RateIds[i % 3],
                    ["FirstTimeUnitStartUtc"] = Utc(new DateTimeOffset(at.UtcDateTime.Date, TimeSpan.Zero).AddDays(i)),
                    ["LastTimeUnitStartUtc"] = Utc(new DateTimeOffset(at.UtcDateTime.Date, TimeSpan.Zero).AddDays(i + 1)),
                }, i >= 200 ? 429 : 200, retryAfter: i >= 200 ? 30 : null);
        }

        private static JsonObject Limited(JsonObject body, string operation)
        {
            if (operation != "configuration/get")
                body["Limitation"] = Limitation(null);
            return body;
        }
    }
}
