using System.Text;
using System.Text.Json;
using ChannelManagerDashboard.Domain.Common;

namespace ChannelManagerDashboard.Features.PlayMews;

/// <summary>
/// The documented rules for a channel manager's answer (Mews Channel Manager API, "Responses"), written once: HTTP 200, a JSON
/// body with a boolean <c>success</c>, an <c>errors</c> array of documented codes with actionable messages and the fields
/// each code needs, the outcome the test expects, the response budget and the size cap.
/// </summary>
public static class ResponseJudge
{
    /// <summary>Codes 1–14 are documented; 4 and 5 were replaced by 10 and 9 in August 2022.</summary>
    public static bool IsCurrentCode(int code) => code is >= 1 and <= 14 and not (4 or 5);

    /// <summary>Shorter messages rarely tell a hotel what to do; Mews emails them to the property.</summary>
    public const int ActionableMessageLength = 20;

    /// <summary>The fields of a simple or error response; "error" is the deprecated singular, judged on its own.</summary>
    private static readonly string[] DocumentedFields = ["success", "asyncConfirmation", "errors", "error"];

    /// <param name="operation">What Mews called (updatePrices …), and <paramref name="url"/> where: named when nothing answers there.</param>
    public static Verdict Judge(CmAnswer answer, Expectation expected, RequestLimits limits, string operation, string url)
    {
        var reasons = new List<string>();
        var notes = new List<string>();
        if (answer.Failure is { } failure)
            return new Verdict([failure], notes);
        // The web server's own "not found" page says nothing about the channel manager's answers.
        if (answer.StatusCode is 404 or 405)
            return new Verdict([$"Nothing answers POST at {Shown(url)}: is {operation} implemented, and is the base URL right?"], notes);
        if (answer.StatusCode != 200)
            reasons.Add("Mews expects HTTP 200 for every answer, failures included, with the outcome in the JSON body.");
        if (answer.BodyTooLarge)
        {
            reasons.Add($"The answer is larger than {limits.MaxResponseBytes / 1024} KB and was not read. A simple response is a few hundred bytes: {{\"success\": true}}.");
            return new Verdict(reasons, notes);
        }
        if (answer.Latency > limits.ResponseBudget)
            reasons.Add($"The answer took {answer.Latency.TotalSeconds:0.0} s; the budget is {limits.ResponseBudget.TotalSeconds:0.#} s. Accept the push quickly and process it afterwards (reply asyncConfirmation true).");

        if (answer.NotUtf8)
            reasons.Add("The body is not valid UTF-8. JSON is UTF-8 (RFC 8259); Mews reads it as UTF-8, so a message in another encoding arrives garbled or not at all. Send UTF-8.");
        var body = answer.Body.AsMemory();
        if (body.Span.StartsWith(Encoding.UTF8.Preamble))
        {
            notes.Add("The answer starts with a UTF-8 byte order mark; JSON must not carry one (RFC 8259), and a strict parser refuses it. Leave it out.");
            body = body[Encoding.UTF8.Preamble.Length..];
        }
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            reasons.Add($"The body is not JSON{Preview(answer)}. Answer {{\"success\": true}} or {{\"success\": false, \"errors\": [...]}}.");
            return new Verdict(reasons, notes);
        }
        using (document)
            return new Verdict(reasons, notes, JudgeBody(document.RootElement, expected, reasons, notes));
    }

    /// <summary>Rules for a body alone: also used for the error samples of ERR-01.</summary>
    /// <returns>Whether the CM accepted the push for later processing (success and asyncConfirmation true).</returns>
    public static bool JudgeBody(JsonElement root, Expectation expected, List<string> reasons, List<string> notes)
    {
        try
        {
            return JudgeObject(root, expected, reasons, notes);
        }
        catch (InvalidOperationException)
        {
            // System.Text.Json refuses to read a string whose escapes stand for no character, such as a lone "\ud800".
            reasons.Add("The body holds a string that is not valid text (an escape such as \\ud800 that stands for no character). Send valid JSON strings.");
            return false;
        }
    }

    private static bool JudgeObject(JsonElement root, Expectation expected, List<string> reasons, List<string> notes)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            reasons.Add($"The body is a JSON {Kind(root)}, not an object with \"success\".");
            return false;
        }
        if (!root.TryGetProperty("success", out var successElement) || successElement.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            reasons.Add(root.TryGetProperty("success", out var other)
                ? $"\"success\" is a {Kind(other)}; it must be the boolean true or false."
                : "The body has no \"success\" field; Mews reads the outcome from it.");
            return false;
        }
        var success = successElement.GetBoolean();
        var asyncConfirmation = false;
        if (root.TryGetProperty("asyncConfirmation", out var asyncElement))
        {
            if (asyncElement.ValueKind is JsonValueKind.True or JsonValueKind.False)
                asyncConfirmation = asyncElement.GetBoolean();
            else if (asyncElement.ValueKind != JsonValueKind.Null)
                reasons.Add($"\"asyncConfirmation\" is a {Kind(asyncElement)}; it must be a boolean (or left out).");
        }

        var errors = AnswerErrors.Read(root, reasons, notes, success, expected);
        if (success)
        {
            if (Undocumented(root) is { Count: > 0 } extra)
                notes.Add($"The answer also carries {Names(extra)}, which Mews does not define: Mews reads only \"success\" and \"errors\" (and \"asyncConfirmation\"), "
                    + "so what they say is lost. If they report entries you skipped, refuse those instead: code 10 with categoryCode for an unknown space type, "
                    + "9 with rateCode for an unknown rate, 11 with both for an unknown combination.");
            if (errors.Count > 0)
                reasons.Add($"\"success\" is true but \"{(root.TryGetProperty("errors", out _) ? "errors" : "error")}\" lists {Counted.Of(errors.Count, "error")}; Mews would ignore them. Answer success false when something failed.");
            if (asyncConfirmation)
                notes.Add("The channel manager accepted the push for later processing (asyncConfirmation true): it must send the result to the push's responseUrl with relatedMessageId set to its messageId.");
        }
        else if (asyncConfirmation)
        {
            reasons.Add("\"asyncConfirmation\" is true on a failed answer; it only applies to an accepted push.");
        }

        AnswerErrors.JudgeOutcome(success, errors, expected, reasons);
        return success && asyncConfirmation;
    }

    private static List<string> Undocumented(JsonElement root) =>
        root.EnumerateObject().Select(p => p.Name).Where(name => !DocumentedFields.Contains(name, StringComparer.Ordinal)).Distinct().ToList();

    /// <summary>"\"processed\" and \"skipped\"": the names a CM chose, quoted and kept short.</summary>
    private static string Names(List<string> names)
    {
        const int shown = 5;
        var quoted = names.Take(shown).Select(n => $"\"{AnswerPreview.Printable(TextCut.Shorten(n, 40))}\"").ToList();
        if (names.Count > shown)
            quoted.Add($"{names.Count - shown} more");
        return quoted.Count == 1 ? quoted[0] : $"{string.Join(", ", quoted[..^1])} and {quoted[^1]}";
    }

    /// <summary>The URL without what may be a secret: a user name and password, or a query's function key.</summary>
    private static string Shown(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? $"{uri.Scheme}://{uri.Authority}{uri.AbsolutePath}" : url;

    internal static string Kind(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Array => "array",
        JsonValueKind.String => "string",
        JsonValueKind.Number => "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        JsonValueKind.Null => "null",
        _ => "object",
    };

    private static string Preview(CmAnswer answer)
    {
        if (answer.Body.Length == 0)
            return " (the body is empty)";
        var text = AnswerPreview.Printable(Encoding.UTF8.GetString(answer.Body, 0, Math.Min(answer.Body.Length, 80))).Trim();
        var type = answer.ContentType.Length > 0 ? $"{answer.ContentType}, " : "";
        return $" ({type}starts with \"{text}\")";
    }
}
