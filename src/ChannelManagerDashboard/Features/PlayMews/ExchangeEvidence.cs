using System.Text.Json.Serialization;

namespace ChannelManagerDashboard.Features.PlayMews;

/// <summary>One push and its answer as kept for the partner: tokens masked, big bodies cut with a note.</summary>
/// <param name="TokenMasks">How the client and connection tokens appear in the masked body, so the cURL line can swap them for variables.</param>
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
    string[] TokenMasks)
{
    public bool Passed => Reasons.Count == 0;

    /// <summary>A command that sends the same request, tokens read from environment variables; empty when the body was cut.</summary>
    [JsonIgnore]
    public string Curl => RequestCut ? "" : CurlLine.For(Url, RequestBody, TokenMasks.ElementAtOrDefault(0) ?? "", TokenMasks.ElementAtOrDefault(1) ?? "",
        InactiveConnection ? CurlLine.InactiveConnectionTokenVariable : CurlLine.ConnectionTokenVariable);

    /// <summary>Whether the push carried the deactivated connection's token (ERR-05) rather than the connection's own.</summary>
    public bool InactiveConnection { get; init; }
}
