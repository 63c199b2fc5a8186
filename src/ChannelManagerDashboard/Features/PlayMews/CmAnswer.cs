using System.Text;
using System.Text.Unicode;
using ChannelManagerDashboard.Domain.Mews;

namespace ChannelManagerDashboard.Features.PlayMews;

/// <summary>What came back from one request to a channel manager endpoint, before it is judged.</summary>
/// <param name="StatusCode">Null when no HTTP answer arrived (see <see cref="Failure"/>).</param>
/// <param name="Body">At most the size cap; <see cref="BodyTooLarge"/> says whether more was refused.</param>
/// <param name="Failure">Why no usable answer arrived, in plain words (timeout, refused connection, redirect …).</param>
public sealed record CmAnswer(
    int? StatusCode,
    string ReasonPhrase,
    string ContentType,
    byte[] Body,
    bool BodyTooLarge,
    TimeSpan Latency,
    string? Failure)
{
    /// <summary>The body as it arrived was not valid UTF-8; <see cref="Body"/> then holds it with U+FFFD for each bad sequence.</summary>
    public bool NotUtf8 { get; init; }

    public static CmAnswer Failed(string failure, TimeSpan latency) => new(null, "", "", [], false, latency, failure);

    /// <summary>
    /// The answer as it may be judged, kept and quoted: every copy of a token masked (before anything cuts the text) and
    /// the body valid UTF-8, so nothing downstream can choke on it.
    /// </summary>
    public CmAnswer WithoutSecrets(SecretScrubber scrubber)
    {
        if (Body.Length == 0)
            return this;
        var text = Encoding.UTF8.GetString(Body);
        return this with { Body = Encoding.UTF8.GetBytes(scrubber.Scrub(text)), NotUtf8 = !Utf8.IsValid(Body) };
    }
}
