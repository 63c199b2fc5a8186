using System.Text;
using ChannelManagerDashboard.Features.PlayMews;

namespace ChannelManagerDashboard.Tests.Features.PlayMews;

/// <summary>How a failed exchange reads: what Mews wanted, a short preview of what came back, then the rules it broke.</summary>
public sealed class FindingTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    private static CmAnswer Answer(string body, int status = 200, string phrase = "OK") =>
        new(status, phrase, "application/json", Encoding.UTF8.GetBytes(body), false, TimeSpan.FromMilliseconds(30), null);

    private static ExchangeEvidence Exchange(string expected, string got, params string[] reasons) =>
        new("updateAvailability", "https://cm.example.com/updateAvailability", At, "{}", 2, 200, "{}", 30, expected, reasons, [], false, ReplayTokens.None) { Got = got };

    [Fact]
    public void The_expectation_names_the_answer_Mews_reads()
    {
        Assert.Equal("""success true (HTTP 200, {"success": true})""", Expectation.Success.Wanted());
        Assert.Equal("""error code 10 with categoryCode 'ZZZ' (HTTP 200, {"success": false, "errors": [{"code": 10, "categoryCode": "ZZZ", "message": "…"}]})""",
            Expectation.Error(10, categoryCode: "ZZZ").Wanted());
        Assert.Equal("""error code 3 or 8 (HTTP 200, {"success": false, "errors": [{"code": …, "message": "…"}]})""", new Expectation([3, 8]).Wanted());
    }

    [Fact]
    public void A_failed_exchange_is_one_sentence_with_what_was_wanted_what_came_back_and_every_broken_rule()
    {
        var exchange = Exchange(Expectation.Error(10, "ZZZ").Wanted(), AnswerPreview.Of(Answer("""{"ok":false,"message":"unknown room"}""")),
            "The body has no \"success\" field; Mews reads the outcome from it.", "The answer took 12.0 s; the budget is 10 s.");

        Assert.Equal("""Expected error code 10 with categoryCode 'ZZZ' (HTTP 200, {"success": false, "errors": [{"code": 10, "categoryCode": "ZZZ", "message": "…"}]}); """
            + """got HTTP 200 {"ok":false,"message":"unknown room"}: The body has no "success" field; Mews reads the outcome from it. The answer took 12.0 s; the budget is 10 s.""",
            exchange.Finding());
    }

    [Fact]
    public void Without_an_HTTP_answer_the_rules_say_what_happened_after_what_was_wanted()
    {
        var exchange = Exchange(Expectation.Success.Wanted(), "", "No answer within 30 s (it may still be processing; Mews would send it again).");

        Assert.Equal("""Expected success true (HTTP 200, {"success": true}). No answer within 30 s (it may still be processing; Mews would send it again).""", exchange.Finding());
    }

    [Fact]
    public void A_passed_exchange_has_no_finding() => Assert.Equal("", Exchange("success true", "HTTP 200 {}").Finding());

    [Fact]
    public void The_preview_shows_the_status_its_phrase_when_not_200_and_says_when_the_body_is_empty()
    {
        Assert.Equal("""HTTP 200 {"success":true}""", AnswerPreview.Of(Answer("""{"success":true}""")));
        Assert.Equal("HTTP 404 Not Found (empty body)", AnswerPreview.Of(Answer("", 404, "Not Found")));
        Assert.Equal("", AnswerPreview.Of(CmAnswer.Failed("The connection was refused.", TimeSpan.Zero)));
    }

    [Fact]
    public void The_preview_is_one_printable_line_of_at_most_200_characters()
    {
        var body = "{\n  \"ok\": false,\u0007\n  \"message\": \"" + new string('x', 500) + "\"\n}";

        var preview = AnswerPreview.Of(Answer(body));

        Assert.StartsWith("HTTP 200 { \"ok\": false,? \"message\": \"xxx", preview);
        Assert.Equal(AnswerPreview.MaxBodyChars, preview["HTTP 200 ".Length..].Length);
        Assert.EndsWith("x…", preview);
        Assert.DoesNotContain(preview, char.IsControl);
    }

    [Fact]
    public void The_preview_masks_echoed_token_fields_however_short_the_token()
    {
        var preview = AnswerPreview.Of(Answer("""{"ok":false, "connectionToken" : "OLD42", "clientToken":"B19F2A7C3D4E5F60718293A4B5C6D7E8F29"}"""));

        Assert.DoesNotContain("OLD42", preview);
        Assert.DoesNotContain("B19F2A7C3D4E5F60718293A4B5C6D7E8F29", preview);
        Assert.Contains("\"connectionToken\" : \"•••••\"", preview);
        Assert.Contains("\"clientToken\":\"B19F…F29\"", preview);
    }
}
