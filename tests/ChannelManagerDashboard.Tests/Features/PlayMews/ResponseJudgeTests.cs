using System.Text;
using System.Text.Json.Nodes;
using ChannelManagerDashboard.Features.PlayMews;

namespace ChannelManagerDashboard.Tests.Features.PlayMews;

/// <summary>Each documented rule for a channel manager's answer (Mews Channel Manager API, "Responses"), one at a time.</summary>
public sealed class ResponseJudgeTests
{
    private const string Clear = "Space type 'ZZZ' is not mapped in the channel manager. Map it first.";
    private const string SimpleSuccess = """{"success": true}""";

    private static CmAnswer Answer(string body, int status = 200, string reason = "OK", string contentType = "application/json", TimeSpan? latency = null) =>
        new(status, reason, contentType, Encoding.UTF8.GetBytes(body), false, latency ?? TimeSpan.FromMilliseconds(40), null);

    private const string Url = "https://cm.example.com/mews/updateAvailability";

    private static Verdict Judge(CmAnswer answer, Expectation? expected = null) =>
        ResponseJudge.Judge(answer, expected ?? Expectation.Success, new HarnessSettings().Limits, "updateAvailability", Url);

    private static Verdict Judge(string body, Expectation? expected = null) => Judge(Answer(body), expected);

    private static string Error(int code, string? message = Clear, string? categoryCode = null, string? rateCode = null)
    {
        var error = new JsonObject { ["code"] = code };
        if (message is not null)
            error["message"] = message;
        if (categoryCode is not null)
            error["categoryCode"] = categoryCode;
        if (rateCode is not null)
            error["rateCode"] = rateCode;
        return error.ToJsonString();
    }

    private static string Failure(params string[] errors) => $$"""{"success": false, "errors": [{{string.Join(",", errors)}}]}""";

    [Fact]
    public void A_simple_success_passes_without_notes()
    {
        var verdict = Judge(SimpleSuccess);

        Assert.True(verdict.Passed);
        Assert.Empty(verdict.Notes);
    }

    [Fact]
    public void A_status_other_than_200_fails_even_with_a_success_body()
    {
        var verdict = Judge(Answer(SimpleSuccess, 500, "Internal Server Error"));

        Assert.Equal(["Mews expects HTTP 200 for every answer, failures included, with the outcome in the JSON body."], verdict.Reasons);
    }

    [Theory]
    [InlineData(404, "Not Found")]
    [InlineData(405, "Method Not Allowed")]
    public void Nothing_answering_at_the_URL_says_which_operation_and_URL_to_check_and_nothing_about_the_body(int status, string phrase)
    {
        var verdict = Judge(Answer("<html><body>Cannot POST</body></html>", status, phrase, "text/html"));

        Assert.Equal([$"Nothing answers POST at {Url}: is updateAvailability implemented, and is the base URL right?"], verdict.Reasons);
    }

    [Fact]
    public void A_body_over_the_size_cap_fails_and_is_not_read()
    {
        var answer = new CmAnswer(200, "OK", "application/json", [], true, TimeSpan.FromMilliseconds(40), null);

        var reason = Assert.Single(Judge(answer).Reasons);
        Assert.Contains("larger than 1024 KB", reason);
    }

    [Fact]
    public void An_answer_slower_than_the_budget_fails()
    {
        var reason = Assert.Single(Judge(Answer(SimpleSuccess, latency: TimeSpan.FromSeconds(10.5))).Reasons);

        Assert.Contains("took 10.5 s; the budget is 10 s", reason);
    }

    [Fact]
    public void An_answer_exactly_at_the_budget_passes() =>
        Assert.True(Judge(Answer(SimpleSuccess, latency: new HarnessSettings().Limits.ResponseBudget)).Passed);

    [Theory]
    [InlineData("<html><body>Bad gateway</body></html>", "text/html", "(text/html, starts with \"<html><body>Bad gateway</body></html>\")")]
    [InlineData("", "", "(the body is empty)")]
    [InlineData("success=true", "text/plain", "(text/plain, starts with \"success=true\")")]
    public void A_body_that_is_not_JSON_fails_and_shows_how_it_starts(string body, string contentType, string preview)
    {
        var reason = Assert.Single(Judge(Answer(body, contentType: contentType)).Reasons);

        Assert.Equal($"The body is not JSON {preview}. Answer {{\"success\": true}} or {{\"success\": false, \"errors\": [...]}}.", reason);
    }

    [Theory]
    [InlineData("[{\"success\": true}]", "array")]
    [InlineData("\"success\"", "string")]
    [InlineData("true", "boolean")]
    [InlineData("null", "null")]
    public void A_body_that_is_not_an_object_fails(string body, string kind) =>
        Assert.Equal($"The body is a JSON {kind}, not an object with \"success\".", Assert.Single(Judge(body).Reasons));

    [Fact]
    public void A_body_without_success_fails() =>
        Assert.Equal("The body has no \"success\" field; Mews reads the outcome from it.", Assert.Single(Judge("""{"ok": true}""").Reasons));

    [Theory]
    [InlineData("\"true\"", "string")]
    [InlineData("1", "number")]
    [InlineData("null", "null")]
    public void A_success_that_is_not_a_boolean_fails(string value, string kind) =>
        Assert.Equal($"\"success\" is a {kind}; it must be the boolean true or false.", Assert.Single(Judge($$"""{"success": {{value}}}""").Reasons));

    [Theory]
    [InlineData("\"yes\"", "string")]
    [InlineData("0", "number")]
    public void An_asyncConfirmation_that_is_not_a_boolean_fails(string value, string kind)
    {
        var reason = Assert.Single(Judge($$"""{"success": true, "asyncConfirmation": {{value}}}""").Reasons);

        Assert.Equal($"\"asyncConfirmation\" is a {kind}; it must be a boolean (or left out).", reason);
    }

    [Fact]
    public void An_asyncConfirmation_true_on_a_failure_fails()
    {
        var body = $$"""{"success": false, "asyncConfirmation": true, "errors": [{{Error(1)}}]}""";

        var reason = Assert.Single(Judge(body, Expectation.Error(1)).Reasons);

        Assert.Contains("\"asyncConfirmation\" is true on a failed answer", reason);
    }

    [Fact]
    public void An_asyncConfirmation_true_on_a_success_passes_with_a_note_about_the_confirmation()
    {
        var verdict = Judge("""{"success": true, "asyncConfirmation": true}""");

        Assert.True(verdict.Passed);
        Assert.Contains("responseUrl with relatedMessageId", Assert.Single(verdict.Notes));
    }

    [Fact]
    public void A_success_that_lists_errors_fails()
    {
        var reason = Assert.Single(Judge($$"""{"success": true, "errors": [{{Error(7)}}]}""").Reasons);

        Assert.StartsWith("\"success\" is true but \"errors\" lists 1 error", reason);
    }

    [Theory]
    [InlineData("""{"success": false}""", "\"success\" is false but there is no \"errors\" array: the hotel is not told what went wrong.")]
    [InlineData("""{"success": false, "errors": []}""", "\"success\" is false but \"errors\" is empty: the hotel is not told what went wrong.")]
    public void A_failure_without_errors_fails_once(string body, string expected)
    {
        var reasons = Judge(body, Expectation.Error(1)).Reasons;

        Assert.Equal([expected], reasons);
    }

    [Fact]
    public void The_singular_error_alone_fails_as_deprecated_but_still_counts_for_the_outcome()
    {
        var body = $$"""{"success": false, "error": {{Error(2, "Reservation 123456 is not recorded in the channel manager.")}}}""";

        var reason = Assert.Single(Judge(body, Expectation.Error(2)).Reasons);

        Assert.Contains("singular \"error\", deprecated since May 2024", reason);
    }

    [Fact]
    public void The_singular_error_next_to_errors_is_only_a_note()
    {
        var body = $$"""{"success": false, "error": {{Error(2)}}, "errors": [{{Error(2)}}]}""";

        var verdict = Judge(body, Expectation.Error(2));

        Assert.True(verdict.Passed);
        Assert.Contains("singular \"error\", deprecated since May 2024", Assert.Single(verdict.Notes));
    }

    [Fact]
    public void A_missing_rateCode_is_named_when_the_test_asked_for_one()
    {
        var reason = Assert.Single(Judge(Failure(Error(9, rateCode: "FF")), Expectation.Error(9, rateCode: "ZZZ")).Reasons);

        Assert.Equal($"The answer names code 9 with rateCode 'FF' (\"{Clear}\"), not what this test expects.", reason);
    }

    [Fact]
    public void A_byte_order_mark_is_skipped_with_a_note()
    {
        var body = Encoding.UTF8.GetBytes(SimpleSuccess);
        var answer = new CmAnswer(200, "OK", "application/json", [.. Encoding.UTF8.Preamble, .. body], false, TimeSpan.FromMilliseconds(40), null);

        var verdict = Judge(answer);

        Assert.True(verdict.Passed);
        Assert.Contains("byte order mark", Assert.Single(verdict.Notes));
    }

    [Fact]
    public void Success_with_only_the_singular_error_names_that_field()
    {
        var reasons = Judge($$"""{"success": true, "error": {{Error(1)}}}""").Reasons;

        Assert.Contains("\"success\" is true but \"error\" lists 1 error; Mews would ignore them. Answer success false when something failed.", reasons);
    }

    [Fact]
    public void A_singular_error_that_is_not_an_object_is_reported_as_such()
    {
        var reasons = Judge("""{"success": false, "error": "Something broke"}""", Expectation.Error(2)).Reasons;

        Assert.Contains("error is a string, not an error object with code and message.", reasons);
    }

    [Theory]
    [InlineData(4, 10, "use 10 with categoryCode")]
    [InlineData(5, 9, "use 9 with rateCode")]
    [InlineData(5, 2, "this test expects error code 2")]
    public void The_deprecated_codes_4_and_5_fail_once_and_name_their_replacement(int code, int expected, string replacement)
    {
        var reasons = Judge(Failure(Error(code, categoryCode: "DBL", rateCode: "FF")), Expectation.Error(expected, categoryCode: expected == 10 ? "DBL" : null, rateCode: expected == 9 ? "FF" : null)).Reasons;

        Assert.Equal($"errors[0] uses code {code}, deprecated since August 2022: {replacement}.", Assert.Single(reasons));
    }

    [Theory]
    [InlineData(4)]
    [InlineData(5)]
    public void A_deprecated_code_in_a_system_error_sample_points_at_code_1(int code)
    {
        var reasons = Judge(Failure(Error(code, categoryCode: "DBL", rateCode: "FF")), Expectation.AnyError).Reasons;

        Assert.Equal($"errors[0] uses code {code}, deprecated since August 2022: a system failure is code 1 (system error).", Assert.Single(reasons));
    }

    [Theory]
    [InlineData(15)]
    [InlineData(0)]
    [InlineData(-1)]
    public void An_undocumented_code_fails(int code)
    {
        var reasons = Judge(Failure(Error(code)), Expectation.AnyError).Reasons;

        Assert.Contains($"errors[0] uses code {code}, which Mews does not document; use one of 1–14.", reasons);
    }

    [Fact]
    public void An_error_without_a_numeric_code_fails() =>
        Assert.Contains("errors[0] has no numeric \"code\"; use one of the documented codes 1–14.",
            Judge(Failure($$"""{"code": "7", "message": "{{Clear}}"}"""), Expectation.AnyError).Reasons);

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void An_error_without_a_message_fails(string? message)
    {
        var reason = Assert.Single(Judge(Failure(Error(7, message)), Expectation.Error(7)).Reasons);

        Assert.StartsWith("errors[0] has no \"message\"; Mews emails it to the hotel", reason);
    }

    [Fact]
    public void A_short_message_passes_with_a_note()
    {
        var verdict = Judge(Failure(Error(7, "Invalid dates")), Expectation.Error(7));

        Assert.True(verdict.Passed);
        Assert.StartsWith("errors[0] says only \"Invalid dates\".", Assert.Single(verdict.Notes));
    }

    [Fact]
    public void A_message_of_the_actionable_length_has_no_note() =>
        Assert.Empty(Judge(Failure(Error(7, new string('x', ResponseJudge.ActionableMessageLength))), Expectation.Error(7)).Notes);

    [Theory]
    [InlineData(10)]
    [InlineData(11)]
    public void Codes_10_and_11_need_a_categoryCode(int code)
    {
        var reasons = Judge(Failure(Error(code, rateCode: "FF")), Expectation.AnyError).Reasons;

        Assert.Equal([$"errors[0] has code {code} but no \"categoryCode\"; code {code} requires the space type code it is about."], reasons);
    }

    [Theory]
    [InlineData(9)]
    [InlineData(11)]
    public void Codes_9_and_11_need_a_rateCode(int code)
    {
        var reasons = Judge(Failure(Error(code, categoryCode: "DBL")), Expectation.AnyError).Reasons;

        Assert.Equal([$"errors[0] has code {code} but no \"rateCode\"; code {code} requires the rate code it is about."], reasons);
    }

    [Fact]
    public void An_error_when_success_was_expected_fails_and_names_the_code()
    {
        var reason = Assert.Single(Judge(Failure(Error(7, "The first night is after the last night."))).Reasons);

        Assert.Equal("The channel manager refused the push: code 7 (\"The first night is after the last night.\").", reason);
    }

    [Fact]
    public void Another_code_than_the_expected_one_fails_in_plain_words()
    {
        var reason = Assert.Single(Judge(Failure(Error(6, "The push could not be read at all.")), Expectation.Error(10, categoryCode: "ZZZ")).Reasons);

        Assert.Equal("The answer names code 6 without categoryCode (\"The push could not be read at all.\"), not what this test expects.", reason);
    }

    [Fact]
    public void The_expected_code_about_another_space_type_fails()
    {
        var reason = Assert.Single(Judge(Failure(Error(10, categoryCode: "DBL")), Expectation.Error(10, categoryCode: "ZZZ")).Reasons);

        Assert.StartsWith("The answer names code 10 with categoryCode 'DBL'", reason);
    }

    [Fact]
    public void The_expected_code_with_the_expected_rate_passes() =>
        Assert.True(Judge(Failure(Error(9, rateCode: "ZZZ")), Expectation.Error(9, rateCode: "ZZZ")).Passed);

    [Fact]
    public void A_success_when_an_error_was_expected_fails()
    {
        var reason = Assert.Single(Judge(SimpleSuccess, Expectation.Error(2)).Reasons);

        Assert.Equal("The channel manager accepted what it should have refused.", reason);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(8)]
    public void Either_of_two_accepted_codes_passes(int code) =>
        Assert.True(Judge(Failure(Error(code, "Connection C90C…B43 is deactivated in the channel manager.")), new Expectation([3, 8])).Passed);

    [Fact]
    public void A_code_outside_the_accepted_ones_fails()
    {
        var reason = Assert.Single(Judge(Failure(Error(6, "The connection token is not valid here.")), new Expectation([3, 8])).Reasons);

        Assert.StartsWith("The answer names code 6 (\"", reason);
    }

    [Fact]
    public void A_success_with_fields_Mews_does_not_define_passes_with_a_note_on_what_Mews_reads_and_how_to_refuse()
    {
        var verdict = Judge("""{"success": true, "processed": 30, "skipped": 2, "asyncConfirmation": false}""");

        Assert.True(verdict.Passed);
        var note = Assert.Single(verdict.Notes);
        Assert.StartsWith("The answer also carries \"processed\" and \"skipped\", which Mews does not define: Mews reads only \"success\" and \"errors\"", note);
        Assert.Contains("code 10 with categoryCode for an unknown space type, 9 with rateCode for an unknown rate, 11 with both", note);
    }

    [Fact]
    public void An_error_answer_with_fields_of_its_own_gets_no_unknown_field_note() =>
        Assert.Empty(Judge($$"""{"success": false, "requestId": "r-1", "errors": [{{Error(10, categoryCode: "ZZZ")}}]}""", Expectation.Error(10, "ZZZ")).Notes);

    [Fact]
    public void A_transport_failure_is_the_only_reason()
    {
        var failure = CmRequestSender.Unreachable(new Uri("https://cm.example.com/mews/updatePrices"));

        var verdict = Judge(CmAnswer.Failed(failure, TimeSpan.FromSeconds(45)), Expectation.Error(3));

        Assert.Equal([failure], verdict.Reasons);
        Assert.Empty(verdict.Notes);
    }
}
