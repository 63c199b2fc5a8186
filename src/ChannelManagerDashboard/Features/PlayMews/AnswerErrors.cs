using System.Text.Json;
using ChannelManagerDashboard.Domain.Common;

namespace ChannelManagerDashboard.Features.PlayMews;

/// <summary>
/// The <c>errors</c> of a channel manager's answer: each error's documented code, actionable message and the fields its
/// code needs, and whether the outcome is the one the test expects.
/// </summary>
internal static class AnswerErrors
{
    public sealed record ErrorSeen(int? Code, string? Message, string? CategoryCode, string? RateCode);

    /// <summary>Says what came instead; the expectation itself is stated once, by <see cref="ExchangeEvidence.Finding"/>.</summary>
    public static void JudgeOutcome(bool success, List<ErrorSeen> errors, Expectation expected, List<string> reasons)
    {
        if (expected.ExpectsSuccess)
        {
            if (!success)
                reasons.Add($"The channel manager refused the push: {DescribeGot(errors, expected)}.");
            return;
        }
        if (success)
        {
            reasons.Add("The channel manager accepted what it should have refused.");
            return;
        }
        var match = errors.FirstOrDefault(e => e.Code is { } code && expected.ErrorCodes.Contains(code)
            && (expected.CategoryCode is null || e.CategoryCode == expected.CategoryCode)
            && (expected.RateCode is null || e.RateCode == expected.RateCode));
        // An error whose code is missing, deprecated or undocumented already has its reason, which names what to use.
        if (match is null && errors.Any(e => e.Code is { } code && ResponseJudge.IsCurrentCode(code)))
            reasons.Add($"The answer names {DescribeGot(errors, expected)}, not what this test expects.");
    }

    public static List<ErrorSeen> Read(JsonElement root, List<string> reasons, List<string> notes, bool success, Expectation expected)
    {
        var seen = new List<ErrorSeen>();
        var hasErrors = root.TryGetProperty("errors", out var errorsElement) && errorsElement.ValueKind != JsonValueKind.Null;
        var hasSingular = root.TryGetProperty("error", out var singular) && singular.ValueKind != JsonValueKind.Null;
        if (hasSingular)
        {
            (hasErrors ? notes : reasons).Add("The answer uses the singular \"error\", deprecated since May 2024: send an \"errors\" array instead.");
            if (!hasErrors)
                seen.Add(ReadError(singular, "error", reasons, notes, expected));
        }
        if (hasErrors)
        {
            if (errorsElement.ValueKind != JsonValueKind.Array)
            {
                reasons.Add($"\"errors\" is a {ResponseJudge.Kind(errorsElement)}; it must be an array of errors.");
                return seen;
            }
            var index = 0;
            foreach (var error in errorsElement.EnumerateArray())
                seen.Add(ReadError(error, $"errors[{index++}]", reasons, notes, expected));
        }
        if (!success && !hasErrors && !hasSingular)
            reasons.Add("\"success\" is false but there is no \"errors\" array: the hotel is not told what went wrong.");
        else if (!success && hasErrors && seen.Count == 0)
            reasons.Add("\"success\" is false but \"errors\" is empty: the hotel is not told what went wrong.");
        return seen;
    }

    private static ErrorSeen ReadError(JsonElement error, string where, List<string> reasons, List<string> notes, Expectation expected)
    {
        if (error.ValueKind != JsonValueKind.Object)
        {
            reasons.Add($"{where} is a {ResponseJudge.Kind(error)}, not an error object with code and message.");
            return new ErrorSeen(null, null, null, null);
        }
        int? code = error.TryGetProperty("code", out var codeElement) && codeElement.ValueKind == JsonValueKind.Number && codeElement.TryGetInt32(out var c) ? c : null;
        var message = Text(error, "message");
        var categoryCode = Text(error, "categoryCode");
        var rateCode = Text(error, "rateCode");
        if (code is null)
            reasons.Add($"{where} has no numeric \"code\"; use one of the documented codes 1–14.");
        else if (code is 4 or 5)
            reasons.Add($"{where} uses code {code}, deprecated since August 2022: {ReplacementOf(code.Value, expected)}.");
        else if (!ResponseJudge.IsCurrentCode(code.Value))
            reasons.Add($"{where} uses code {code}, which Mews does not document; use one of 1–14.");
        if (string.IsNullOrWhiteSpace(message))
            reasons.Add($"{where} has no \"message\"; Mews emails it to the hotel, so say what went wrong and how to fix it.");
        else if (message.Trim().Length < ResponseJudge.ActionableMessageLength)
            notes.Add($"{where} says only \"{message.Trim()}\". Mews emails this to the hotel: say what went wrong and how to fix it.");
        if (code is 10 or 11 && string.IsNullOrEmpty(categoryCode))
            reasons.Add($"{where} has code {code} but no \"categoryCode\"; code {code} requires the space type code it is about.");
        if (code is 9 or 11 && string.IsNullOrEmpty(rateCode))
            reasons.Add($"{where} has code {code} but no \"rateCode\"; code {code} requires the rate code it is about.");
        return new ErrorSeen(code, message, categoryCode, rateCode);
    }

    /// <summary>
    /// A system failure (ERR-01) is code 1 whatever it replaced; elsewhere 4 became 10 and 5 became 9, or the test's own code.
    /// </summary>
    private static string ReplacementOf(int code, Expectation expected) =>
        ReferenceEquals(expected, Expectation.AnyError) ? "a system failure is code 1 (system error)"
        : code == 4 && (expected.ExpectsSuccess || expected.ErrorCodes.Contains(10)) ? "use 10 with categoryCode"
        : code == 5 && (expected.ExpectsSuccess || expected.ErrorCodes.Contains(9)) ? "use 9 with rateCode"
        : $"this test expects {expected.Describe()}";

    /// <summary>What came back, naming categoryCode and rateCode when present or when the test asked for them.</summary>
    private static string DescribeGot(List<ErrorSeen> errors, Expectation expected) =>
        errors.Count == 0
            ? "success false without errors"
            : string.Join("; ", errors.Select(e =>
                $"code {e.Code?.ToString() ?? "(none)"}"
                + Field("categoryCode", e.CategoryCode, expected.CategoryCode is not null)
                + Field("rateCode", e.RateCode, expected.RateCode is not null)
                + (e.Message is { Length: > 0 } message ? $" (\"{AnswerPreview.Printable(TextCut.Shorten(message, 120))}\")" : "")));

    private static string Field(string name, string? value, bool expected) =>
        value is { Length: > 0 } ? $" with {name} '{value}'" : expected ? $" without {name}" : "";

    private static string? Text(JsonElement error, string name) =>
        error.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
