namespace ChannelManagerDashboard.Domain.Mews;

/// <summary>The channel manager's operations Mews calls, by their URL path segment (Mews Channel Manager API: the operations a channel manager serves).</summary>
public static class CmOperation
{
    public const string UpdateAvailability = "updateAvailability";
    public const string UpdatePrices = "updatePrices";
    public const string UpdateRestrictions = "updateRestrictions";
    public const string ConfirmGroup = "confirmGroup";

    /// <summary>Spelled without the second "i", exactly as Mews documents and calls it.</summary>
    public const string ChangeNotification = "changeNotificaton";

    public static IReadOnlyList<string> All { get; } = [UpdateAvailability, UpdatePrices, UpdateRestrictions, ConfirmGroup, ChangeNotification];

    /// <summary>The Mews-side confirmation a push's <c>responseUrl</c> points at (M6–M8).</summary>
    public static string ConfirmationOf(string operation) => operation switch
    {
        UpdateAvailability => "processAvailabilityConfirmation",
        UpdatePrices => "processRateConfirmation",
        _ => "processRestrictionConfirmation",
    };
}
