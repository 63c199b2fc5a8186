using ChannelManagerDashboard.Domain.Common;

namespace ChannelManagerDashboard.Tests.Support;

public static class ResultText
{
    /// <summary>The problems in one line, or null when the operation succeeded: what an error banner would show.</summary>
    public static string? Error(this Result result) => result.Succeeded ? null : result.Message;

    /// <summary>What the page would say: the value a change produced, its notices when it changed nothing, or its problems.</summary>
    public static string Said(this Result<string> result) => result.Kind switch
    {
        ResultKind.Done => result.Value ?? "",
        ResultKind.Unchanged => string.Join(" ", result.Notices),
        _ => result.Message,
    };

    /// <summary>Each problem's message, in order: what a refused file or declaration lists.</summary>
    public static IReadOnlyList<string> Texts(this Result result) => [.. result.Problems.Select(p => p.Message)];

    /// <summary>The value and the problems' messages, so a test reads a parse in one line.</summary>
    public static void Deconstruct<T>(this Result<T> result, out T? value, out IReadOnlyList<string> problems) =>
        (value, problems) = (result.Value, result.Texts());
}
