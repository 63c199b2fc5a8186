using ChannelManagerDashboard.Domain.Common;

namespace ChannelManagerDashboard.Features.MewsApi;

/// <summary>A successful call's answer: the parsed response and its raw JSON, as Mews sent it.</summary>
public sealed record MewsReply<T>(T Value, string RawJson) where T : class;

public static class MewsReplyFailures
{
    /// <summary>Why the call failed, with its kind, error code and attempts; null when it succeeded.</summary>
    public static MewsFailure? Failure<T>(this Result<MewsReply<T>> result) where T : class => result.Problems.OfType<MewsFailure>().FirstOrDefault();

    public static Result<MewsReply<T>> Failed<T>(MewsFailure failure) where T : class => Result.Failed(failure).As<MewsReply<T>>();
}
