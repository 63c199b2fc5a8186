namespace ChannelManagerDashboard.Features.PlayMews;

/// <summary>The judgement of one answer.</summary>
/// <param name="Reasons">Each rule that failed, in plain words; empty when the answer passed.</param>
/// <param name="Notes">What passed but deserves a look: deprecated fields, terse messages, an async confirmation.</param>
/// <param name="AwaitsConfirmation">The CM accepted the push for later processing; its result comes through M6–M8.</param>
public sealed record Verdict(IReadOnlyList<string> Reasons, IReadOnlyList<string> Notes, bool AwaitsConfirmation = false)
{
    public bool Passed => Reasons.Count == 0;
}
