namespace ChannelManagerDashboard.Features.CertificationCall;

/// <summary>A note as typed, with what the page showed when typing began, so a save never writes over someone else's.</summary>
public sealed record NoteEdit(string TestId, string Minutes, string Remarks, string BaselineMinutes, string BaselineRemarks);
