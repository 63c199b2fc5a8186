using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Features.PlayMews;

namespace ChannelManagerDashboard.Features.Reservations;

/// <summary>What an action on a test's card answered, shown on that card.</summary>
public sealed record StatusLine(string TestId, string Text, bool Failed)
{
    /// <summary>The line for a test that ran, was judged, or did not get that far.</summary>
    public static StatusLine Of(string testId, Result<HarnessVerdict> outcome) => outcome.Value switch
    {
        null when outcome.Succeeded => new(testId, string.Join(" ", outcome.Notices), false),
        null => new(testId, outcome.Message, true),
        { Passed: true } => new(testId, $"{testId} passed, needs your check: {ReservationTest.Find(testId)?.HumanCheck}.", false),
        var result => new(testId, $"{testId} failed: {result.Reasons.FirstOrDefault()}", true),
    };
}
