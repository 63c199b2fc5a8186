using System.Text.Json;
using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Features.PlayMews;

namespace ChannelManagerDashboard.Features.Preparation;

/// <summary>
/// What P2's probe accepts: HTTP 200 with a valid simple response or a valid error response, judged by the same rules
/// as Play Mews. The probe carries tokens no channel manager knows, so an error answer is as good as a success.
/// </summary>
public static class ProbeJudge
{
    /// <returns>Ok when the answer is a valid simple or error response; otherwise what came back and what is wrong with it.</returns>
    public static Result Judge(CmAnswer answer, RequestLimits limits, string operation, string url)
    {
        var asSuccess = ResponseJudge.Judge(answer, Expectation.Success, limits, operation, url);
        if (asSuccess.Reasons.Count == 0)
            return Result.Ok();
        var asError = ResponseJudge.Judge(answer, Expectation.AnyError, limits, operation, url);
        if (asError.Reasons.Count == 0)
            return Result.Ok();
        // Whichever the channel manager meant to send is the judgement that says what to fix.
        var rules = string.Join(" ", ClaimsFailure(answer) ? asError.Reasons : asSuccess.Reasons);
        return Result.Invalid(operation, AnswerPreview.Of(answer) is { Length: > 0 } got ? $"Got {got}: {rules}" : rules);
    }

    private static bool ClaimsFailure(CmAnswer answer)
    {
        using var json = JsonBody.Parse(answer.Body).Value;
        return json?.RootElement is { ValueKind: JsonValueKind.Object } root
            && root.TryGetProperty("success", out var success) && success.ValueKind == JsonValueKind.False;
    }
}
