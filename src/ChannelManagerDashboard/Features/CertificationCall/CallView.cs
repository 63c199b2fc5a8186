using ChannelManagerDashboard.Domain.Projects;
using ChannelManagerDashboard.Features.TestTracker;

namespace ChannelManagerDashboard.Features.CertificationCall;

/// <summary>Everything call mode shows, loaded at once so every browser draws the same moment.</summary>
/// <param name="ConnectionId">The connection Run now pushes for; null when none is ready.</param>
/// <param name="RunProblem">Why Run now cannot push yet (no connection, no configuration), with what to do.</param>
/// <param name="Outcomes">Every recorded end of a call, newest first.</param>
public sealed record CallView(
    CertificationProject Project,
    CallTimer Timer,
    string Attendees,
    string AttendeesBy,
    string CurrentTestId,
    IReadOnlyList<CallRow> Rows,
    int? ConnectionId,
    string? RunProblem,
    IReadOnlyList<CallOutcome> Outcomes)
{
    public CallRow? Current => Rows.FirstOrDefault(r => r.TestId == CurrentTestId);

    public IEnumerable<CallRow> InGroup(TestGroup group) => Rows.Where(r => r.Result.Test.Group == group);
}
