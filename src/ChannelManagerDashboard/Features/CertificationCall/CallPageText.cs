using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Features.TestTracker;
using MudBlazor;

namespace ChannelManagerDashboard.Features.CertificationCall;

/// <summary>What the call page says: its group titles, where a test runs, and the snackbar messages after an action.</summary>
public static class CallPageText
{
    public static string GroupTitle(TestGroup group) => group switch
    {
        TestGroup.Inventory => "1. Inventory push tests, live on the call",
        TestGroup.Reservation => "2. Reservation tests, by email after the call",
        _ => "3. Error tests",
    };

    /// <summary>Where a test that Run now cannot push is run instead.</summary>
    public static string HowItRuns(CallRow row) => row.TrackerRow.Test.Group == TestGroup.Reservation || row.TestId == "ERR-06"
        ? "Runs on the Reservations tab; Mews checks it by email after the call."
        : "Recorded on Play Mews (system error samples).";

    /// <summary>The snackbar messages for an action: why it was refused, or <paramref name="done"/>; then its warnings.</summary>
    public static IEnumerable<(string Message, Severity Severity)> Snacks(Result result, string? done)
    {
        if (!result.Succeeded)
            yield return (result.Message, result.Kind == ResultKind.Failed ? Severity.Error : Severity.Warning);
        else if (done is not null)
            yield return (done, Severity.Success);
        foreach (var warning in result.Warnings)
            yield return (warning, Severity.Warning);
    }

    /// <summary>What a viewer's forged request gets instead of a save.</summary>
    public static Task<Result> ViewersCannot(string what) => Task.FromResult(Result.Invalid(Result.Whole, $"Viewers cannot {what}."));
}
