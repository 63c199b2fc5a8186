using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;

namespace ChannelManagerDashboard.Features.PlayMews.Cli;

/// <summary>
/// The <c>certify</c> command's reports: JSON and a JUnit XML file CI systems display (the console's table is
/// <see cref="CertifyConsole"/>). A pass whose human half is open says so in each: <c>needsCheck</c> and <c>check</c>.
/// </summary>
public static class CertifyReports
{
    /// <summary>How many reasons a JUnit failure message quotes before "+N more"; the failure's body has them all.</summary>
    private const int MessageReasons = 5;

    private static readonly JsonSerializerOptions Indented = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <param name="cmBaseUrl">Null when the tests used endpoint URLs of their own (a project's P2).</param>
    public static string Json(string? cmBaseUrl, IReadOnlyList<HarnessVerdict> verdicts) =>
        JsonSerializer.Serialize(new
        {
            cmBaseUrl,
            passed = verdicts.Count(r => r.Passed),
            failed = verdicts.Count(r => !r.Passed),
            tests = verdicts.Select(r => new
            {
                id = r.TestId,
                title = HarnessTests.Find(r.TestId)?.Title,
                passed = r.Passed,
                needsCheck = HarnessTests.CheckAfter(r) is not null,
                check = HarnessTests.CheckAfter(r) ?? HarnessTests.Find(r.TestId)?.HumanCheck,
                blocked = r.Blocked is not null,
                reasons = r.Reasons,
                notes = r.Notes,
                facts = r.Facts,
                latencyMs = r.LatencyMs,
                requestBytes = r.RequestBytes,
                startedAt = r.StartedAt,
                evidence = r.Evidence.Select(e => new
                {
                    e.Label,
                    e.Url,
                    e.SentAt,
                    e.StatusCode,
                    e.LatencyMs,
                    e.Expected,
                    e.Passed,
                    e.Reasons,
                    e.Notes,
                    e.RequestBytes,
                    request = e.RequestBody,
                    response = e.ResponseBody,
                    curl = e.ReplayCommand(),
                }),
            }),
        }, Indented);

    public static string JUnit(IReadOnlyList<HarnessVerdict> verdicts)
    {
        var suite = new XElement("testsuite",
            new XAttribute("name", "Mews Channel Manager API certification (Play Mews)"),
            new XAttribute("tests", verdicts.Count),
            new XAttribute("failures", verdicts.Count(r => !r.Passed)),
            new XAttribute("errors", 0),
            new XAttribute("time", Seconds(verdicts.Sum(r => r.LatencyMs))),
            verdicts.Select(r =>
            {
                var test = HarnessTests.Find(r.TestId);
                var openCheck = HarnessTests.CheckAfter(r);
                var testCase = new XElement("testcase",
                    new XAttribute("classname", "PlayMews." + (r.TestId.StartsWith("ERR", StringComparison.Ordinal) ? "Errors" : "Inventory")),
                    new XAttribute("name", $"{r.TestId} {test?.Title}"),
                    new XAttribute("time", Seconds(r.LatencyMs)),
                    // JUnit has no "passed, but": the open human half travels as properties CI can show or filter on.
                    new XElement("properties",
                        Property("needsCheck", openCheck is null ? "false" : "true"),
                        test is null ? null : Property("check", openCheck ?? test.HumanCheck)));
                if (!r.Passed)
                    testCase.Add(new XElement("failure",
                        new XAttribute("message", Xml(FailureMessage(r.Reasons))),
                        new XAttribute("type", r.Blocked is not null ? "blocked" : "verdict"),
                        Xml(string.Join("\n", r.Reasons))));
                var passedLine = openCheck is null ? [] : new[] { $"{CertifyConsole.NeedsCheck}: {openCheck}" };
                testCase.Add(new XElement("system-out", Xml(string.Join("\n", passedLine.Concat(r.Facts).Concat(r.Notes)
                    .Concat(r.Evidence.Select(e => $"{e.Label}: HTTP {e.StatusCode?.ToString(CultureInfo.InvariantCulture) ?? "none"} in {e.LatencyMs} ms, expected {e.Expected}"))))));
                return testCase;
            }));
        var document = new XDocument(new XDeclaration("1.0", "utf-8", null), new XElement("testsuites", suite));
        return document.Declaration + "\n" + document;
    }

    /// <summary>
    /// CI systems show the message, often without the body: every reason, or the first ones and how many more the body
    /// holds, so a long full-push failure stays readable.
    /// </summary>
    private static string FailureMessage(IReadOnlyList<string> reasons) =>
        reasons.Count == 0 ? "No push was answered."
        : reasons.Count <= MessageReasons ? string.Join(" | ", reasons)
        : $"{string.Join(" | ", reasons.Take(MessageReasons))} | +{reasons.Count - MessageReasons} more";

    private static XElement Property(string name, string value) => new("property", new XAttribute("name", name), new XAttribute("value", value));

    /// <summary>XML 1.0 cannot carry every character a CM may send back; those are written as '?'.</summary>
    private static string Xml(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsSurrogatePair(text, i))
                i++;
            else if (!XmlConvert.IsXmlChar(chars[i]))
                chars[i] = '?';
        }
        return new string(chars);
    }

    private static string Seconds(long milliseconds) => (milliseconds / 1000.0).ToString("0.000", CultureInfo.InvariantCulture);
}
