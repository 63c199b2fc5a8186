namespace ChannelManagerDashboard.Features.PlayMews;

/// <summary>The tests the harness plays (the Mews certification guide's inventory and error tests, and the optional change notification).</summary>
public static class HarnessTests
{
    public const string ChangeNotification = "CHN-01";

    public static IReadOnlyList<HarnessTest> All { get; } =
    [
        new("INV-01", "Availability push", "updateAvailability: every mapped space type, 30 nights",
            "The availability shows in your extranet for each space type and night, the last night of every range included: look up the nights the spot checks list."),
        new("INV-02", "Gross price push", "updatePrices: every mapped rate plan × space type × guest count, 30 nights",
            "The grossAmount values show in your extranet for each guest count: compare the prices the spot checks list."),
        new("INV-03", "Net price push", "updatePrices: the 30 nights after INV-02's, same combinations",
            "The netAmount values show in your extranet (Mews always sends both amounts): compare the prices the spot checks list."),
        new("INV-04", "Restriction push", "updateRestrictions: every state combination with and without minLos/maxLos, 12 weeks",
            "Closed to arrival / departure / stay and the length of stay read correctly on the first and last night of each range the spot checks list (the API's LOS logic is reversed from the Mews UI)."),
        new("INV-05", "Package rate push", "updatePrices: the package rates only, with the product inside each amount",
            "The extranet shows the package price as sent, without adding the product a second time: compare the prices the spot checks list."),
        new("INV-06", "Full inventory push", "all three operations: every mapped combination, 365 nights, in chunks",
            "Spot-check in your extranet the nights and prices the spot checks list."),
        new("ERR-02", "Unknown reservation", "confirmGroup for a reservation the channel manager never saw",
            "The message tells the hotel which reservation is unknown."),
        new("ERR-03", "Unmapped space type code", "updateAvailability with a space type code nobody mapped",
            "The message tells the hotel which space type to map."),
        new("ERR-04", "Unmapped rate code", "updatePrices with a rate code nobody mapped",
            "The message tells the hotel which rate to map."),
        new("ERR-05", "Inactive connection", "all three pushes with the token of a deactivated connection",
            "The connection was really deactivated in your channel manager (or the token is one it cannot know)."),
        new(ChangeNotification, "Change notification (optional)", "changeNotificaton with type 1 (Updated)",
            "Your channel manager re-reads Get configuration."),
    ];

    public static HarnessTest? Find(string id) => All.FirstOrDefault(t => string.Equals(t.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <returns>
    /// What a person must still verify after <paramref name="verdict"/>: the test's human half and the run's spot checks when it passed automatically;
    /// null when it did not pass or has no such half. Such a pass is "passed, needs your check" wherever it is shown.
    /// </returns>
    public static string? CheckAfter(HarnessVerdict verdict) => verdict.Passed && Find(verdict.TestId)?.HumanCheck is { Length: > 0 } check
        ? string.Join(" ", [check, .. SpotChecks.In(verdict.Facts)])
        : null;
}
