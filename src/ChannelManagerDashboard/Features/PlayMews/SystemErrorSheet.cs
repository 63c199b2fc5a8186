using System.Text.Json;
using ChannelManagerDashboard.Domain.Common;

namespace ChannelManagerDashboard.Features.PlayMews;

/// <summary>
/// ERR-01 is a document, not a push: the error code and message the channel manager returns for every system failure,
/// timeouts, maintenance and general downtime included (Mews certification guide). Each sample is judged by the same rules as a
/// live answer.
/// </summary>
public static class SystemErrorSheet
{
    public const string TestId = "ERR-01";

    /// <summary>The situations Mews names; each needs a sample.</summary>
    public static IReadOnlyList<string> RequiredSituations { get; } = ["Timeout", "Maintenance", "General downtime"];

    public const int MaxSampleChars = 4000;

    public static HarnessVerdict Check(IReadOnlyList<SystemErrorSample> samples, DateTimeOffset at)
    {
        var evidence = samples.Select(sample => Judge(sample, at)).ToList();
        var reasons = evidence.Where(e => !e.Passed).Select(e => $"{e.Label}: {e.Finding()}").ToList();
        var notes = evidence.SelectMany(e => e.Notes.Select(n => $"{e.Label}: {n}")).ToList();
        return new HarnessVerdict(TestId, at, reasons, notes,
            [$"{Counted.Of(samples.Count, "sample")} checked: each must be {{\"success\": false, \"errors\": [{{\"code\": …, \"message\": \"…\"}}]}} with a current documented code; code 1 (system error) is the usual one."],
            0, 0, evidence);
    }

    private static ExchangeEvidence Judge(SystemErrorSample sample, DateTimeOffset at)
    {
        var reasons = new List<string>();
        var notes = new List<string>();
        var json = sample.Json.Trim();
        if (json.Length == 0)
            reasons.Add("No sample: paste the JSON body your channel manager answers in this situation.");
        else if (json.Length > MaxSampleChars)
            reasons.Add($"The sample is longer than {MaxSampleChars} characters; an error response is a few hundred.");
        else
        {
            try
            {
                using var document = JsonDocument.Parse(json);
                ResponseJudge.JudgeBody(document.RootElement, Expectation.AnyError, reasons, notes);
            }
            catch (JsonException ex)
            {
                reasons.Add($"The sample is not valid JSON ({ex.Message.Split('.')[0]}).");
            }
        }
        return new ExchangeEvidence(sample.Situation, "", at, "", 0, null, json, 0, Expectation.AnyError.Wanted(), reasons, notes, false, ReplayTokens.None)
        {
            Got = json.Length == 0 ? "" : AnswerPreview.Text(json),
        };
    }
}
