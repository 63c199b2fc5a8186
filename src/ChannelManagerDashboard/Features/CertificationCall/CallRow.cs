using ChannelManagerDashboard.Features.PlayMews;
using ChannelManagerDashboard.Features.Reservations;
using ChannelManagerDashboard.Features.TestTracker;

namespace ChannelManagerDashboard.Features.CertificationCall;

/// <summary>One test as the call goes through it: its tracker row, its newest run, what was said about it.</summary>
/// <param name="LatestRun">The newest Play Mews or reservation run of the test; null when none was kept.</param>
/// <param name="RunningBy">Who started a live run of it that has not finished; null when none is running.</param>
public sealed record CallRow(TestRow TrackerRow, HarnessRunSummary? LatestRun, CallNote? Note, string? RunningBy)
{
    public string TestId => TrackerRow.Test.Id;

    /// <summary>Play Mews can push this test to the channel manager while Mews watches.</summary>
    public bool RunsLive => HarnessTests.Find(TestId) is not null;

    /// <summary>The half a person checks after an automatic pass, in the certification's words; null when there is none.</summary>
    public string? HumanCheck => HarnessTests.Find(TestId)?.HumanCheck ?? ReservationTest.Find(TestId)?.HumanCheck;

    /// <summary>The person's half can be ticked: the automatic half has passed.</summary>
    public bool CanTick => HumanCheck is not null && TrackerRow.Status == TestStatus.Passed;

    public bool Ticked => CanTick && !TrackerRow.NeedsHumanCheck;

    /// <summary>Whose check a newer, different result ended, said on the row; null when none did.</summary>
    public string? LapsedCheck => TrackerRow.LapsedCheckBy.Length > 0
        ? $"{TrackerRow.LapsedCheckBy} had checked it when it passed; the newest run {RunCheck.Outcome(TrackerRow.Status)}, so that check no longer holds. Tick it again once it passes."
        : null;
}
