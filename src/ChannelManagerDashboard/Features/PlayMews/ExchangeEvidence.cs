namespace ChannelManagerDashboard.Features.PlayMews;

/// <summary>One push and its answer as kept for the partner: tokens masked, big bodies cut with a note.</summary>
/// <param name="Expected">What Mews wanted back, in words (see <see cref="Expectation.Wanted"/>).</param>
/// <param name="Reasons">Each rule the answer broke; <see cref="Finding"/> frames them in one sentence.</param>
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
    /// <summary>What came back in short (see <see cref="AnswerPreview"/>); empty when no HTTP answer arrived or for runs kept before it existed.</summary>
    public string Got { get; init; } = "";

    public bool Passed => Reasons.Count == 0;

    /// <summary>
    /// One sentence for a failed exchange: what Mews wanted, what came back, then every rule it broke; empty when it passed.
    /// Without an HTTP answer the rules say what happened instead ("No answer within 30 s …").
    /// </summary>
    public string Finding()
    {
        if (Passed)
            return "";
        var rules = string.Join(" ", Reasons);
        return Got.Length > 0 ? $"Expected {Expected}; got {Got}: {rules}" : $"Expected {Expected}. {rules}";
    }

    /// <summary>A command that sends the same request, tokens read from environment variables; empty when the body was cut or not sent.</summary>
    public string ReplayCommand() => RequestCut || Url.Length == 0 ? "" : CurlLine.For(Url, RequestBody, Tokens);
}
