namespace ChannelManagerDashboard.Features.MewsApi;

/// <summary>A call's outcome: the parsed response and its raw JSON, or the failure.</summary>
public sealed record MewsResult<T>(T? Value, string RawJson, MewsFailure? Failure) where T : class
{
    public bool Succeeded => Failure is null;

    public static MewsResult<T> Failed(MewsFailure failure) => new(null, "", failure);
}
