using ChannelManagerDashboard.Domain.Mews;
using ChannelManagerDashboard.Domain.Projects;

namespace ChannelManagerDashboard.Features.GoLive;

/// <summary>A deprecated field seen in the newest run of a test.</summary>
public sealed record DeprecationFinding(Deprecation Deprecation, string TestId, DateTimeOffset RunAt);

/// <summary>What the overview shows after certification: the go-live checklist and the re-certification watch.</summary>
/// <param name="PassedOn">The day of the latest call when it passed; null when none passed or the latest one failed.</param>
/// <param name="TokenHint">The mask of the kept production client token; empty when none is kept.</param>
public sealed record GoLiveView(
    CertificationProject Project,
    GoLivePlan Plan,
    string TokenHint,
    DateOnly? PassedOn,
    PilotWindow Window,
    IReadOnlyList<GoLiveItem> Checklist,
    IReadOnlyList<ChangeLogEntry> Changes,
    IReadOnlyList<DeprecationFinding> Deprecated)
{
    public bool Passed => PassedOn is not null;

    /// <summary>Why re-certification is due, in words; empty when nothing says so.</summary>
    public IReadOnlyList<string> RecertificationReasons =>
    [
        .. Window.State == PilotState.Overdue ? [Window.Describe()] : Array.Empty<string>(),
        .. Changes.Where(c => c.Answer == RecertificationAnswer.Yes).Select(c => $"The change of {c.Date:yyyy-MM-dd} needs re-certification: {c.Change}"),
        .. Deprecated.Where(d => d.Deprecation.NeedsRecertification)
            .Select(d => $"{d.TestId} still sends {d.Deprecation.Field}: replacing it with {d.Deprecation.Replacement} needs re-certification, so contact Mews before you change it."),
    ];
}
