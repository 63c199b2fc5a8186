namespace ChannelManagerDashboard.Features.PlayMews;

/// <summary>One push and its answer as kept for the partner: tokens masked, big bodies cut with a note.</summary>
public sealed record ExchangeEvidence(
    string Label,
    string Url,
    DateTimeOffset SentAt,
    string RequestBody,
    int RequestBytes,
    int? StatusCode,
    string ResponseBody,
    long LatencyMs,
    string Expected,
    IReadOnlyList<string> Reasons,
    IReadOnlyList<string> Notes,
    bool RequestCut,
    ReplayTokens Tokens)
{
    public bool Passed => Reasons.Count == 0;

    /// <summary>A command that sends the same request, tokens read from environment variables; empty when the body was cut or not sent.</summary>
    public string ReplayCommand() => RequestCut || Url.Length == 0 ? "" : CurlLine.For(Url, RequestBody, Tokens);
}
