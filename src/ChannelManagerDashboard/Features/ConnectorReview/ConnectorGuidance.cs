namespace ChannelManagerDashboard.Features.ConnectorReview;

/// <summary>How often a use case's page says to poll an operation.</summary>
/// <param name="Every">The documented interval; polling faster is a finding.</param>
/// <param name="AtLeastDaily">The page asks for the data at least once a day instead (a longest gap, not a shortest).</param>
public sealed record PollingGuidance(string Operation, string UseCase, TimeSpan Every, bool AtLeastDaily, string Source);

/// <summary>The documented frequencies and the data Mews says to cache, from the use-case and best-practice pages.</summary>
public static class ConnectorGuidance
{
    /// <summary>Configuration-like data the best-practice page says to cache rather than re-read.</summary>
    public static readonly IReadOnlySet<string> StaticData = new HashSet<string>(StringComparer.Ordinal)
    {
        "configuration/get", "services/getAll", "products/getAll", "resourceCategories/getAll", "accountingCategories/getAll",
        "businessSegments/getAll", "taxations/getAll", "taxEnvironments/getAll",
    };

    /// <summary>Ours: "a few times a day" read as at most six requests per 24 hours.</summary>
    public const int StaticRequestsPerDay = 6;

    public static readonly IReadOnlyList<PollingGuidance> Polling =
    [
        new("reservations/getAll/2023-06-06", "Revenue management", TimeSpan.FromMinutes(30), false, "sync reservations every 30 minutes"),
        new("reservations/getAll/2023-06-06", "Reputation management", TimeSpan.FromHours(4), false, "every 4 hours for the previous 4 hours, or the ServiceOrderUpdated webhook"),
        new("exports/getAll", "Data export", TimeSpan.FromMinutes(5), false, "poll an export's status about every 5 minutes"),
        new("accountingItems/getAll", "Accounting", TimeSpan.FromDays(1), true, "fetch accounting items at least daily"),
        new("orderItems/getAll", "Accounting", TimeSpan.FromDays(1), true, "fetch accounting and outlet items at least daily"),
        new("outletItems/getAll", "Accounting", TimeSpan.FromDays(1), true, "fetch outlet items at least daily"),
    ];

    /// <summary>Operations whose use-case page says to poll given records (an export's status): reading the same ids again is a poll, not a lookup.</summary>
    public static readonly IReadOnlySet<string> PolledByIds = new HashSet<string>(StringComparer.Ordinal) { "exports/getAll" };

    /// <summary>Ours: entities Mews announces by general webhook, so polling them every few minutes is wasted.</summary>
    public static readonly IReadOnlyDictionary<string, string> Webhooks = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["reservations/getAll/2023-06-06"] = "ServiceOrderUpdated",
        ["customers/getAll"] = "CustomerAdded / CustomerUpdated",
        ["resources/getAll"] = "ResourceUpdated",
        ["resourceBlocks/getAll"] = "ResourceBlockUpdated",
        ["payments/getAll"] = "PaymentUpdated",
        ["messages/getAll"] = "MessageAdded",
    };

    /// <summary>Ours: polling a webhook entity more often than this is worth a look.</summary>
    public static readonly TimeSpan WebhookPollingFloor = TimeSpan.FromMinutes(15);
}
