using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Domain.Projects;
using ChannelManagerDashboard.Features.TestTracker;

namespace ChannelManagerDashboard.Features.CertificationCall;

/// <summary>Everything call mode shows, loaded at once so every browser draws the same moment.</summary>
/// <param name="Readiness">Whether Run now can push: the connection it pushes for, or why it cannot yet (no connection, no configuration).</param>
/// <param name="Outcomes">Every recorded end of a call, newest first.</param>
public sealed record CallView(
    CertificationProject Project,
    CallTimer Timer,
    string Attendees,
    string AttendeesBy,
    string CurrentTestId,
    IReadOnlyList<CallRow> Rows,
    Result<int> Readiness,
    IReadOnlyList<CallOutcome> Outcomes)
{
    public int? ConnectionId => Readiness.Succeeded ? Readiness.Value : null;

    public string? RunProblem => Readiness.Succeeded ? null : Readiness.Message;

    public CallRow? Current => Rows.FirstOrDefault(r => r.TestId == CurrentTestId);

    public IEnumerable<CallRow> InGroup(TestGroup group) => Rows.Where(r => r.TrackerRow.Test.Group == group);
}
