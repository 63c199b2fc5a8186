namespace ChannelManagerDashboard.Features.PlayMews;

/// <summary>What came back from one call to a channel manager endpoint, before it is judged.</summary>
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
    public static CmAnswer Failed(string failure, TimeSpan latency) => new(null, "", "", [], false, latency, failure);
}
