using System.Globalization;
using System.Text;
using System.Text.Json;
using ChannelManagerDashboard.Domain.Projects;
using ChannelManagerDashboard.Features.ConnectorReview;
using ChannelManagerDashboard.Features.ConnectorReview.Checks;
using ChannelManagerDashboard.Features.ConnectorReview.Proxy;
using ChannelManagerDashboard.Features.ConnectorReview.Sample;
using Microsoft.AspNetCore.Http;
using static ChannelManagerDashboard.Tests.Features.ConnectorReview.Calls;

namespace ChannelManagerDashboard.Tests.Features.ConnectorReview;

/// <summary>Hostile and unusual input: token spellings, broken HAR members, a BOM, Retry-After forms, proxy paths, uploads.</summary>
public sealed class HardeningTests
{
    private const string Token = "7059D2C25BF64EA681ACAB3A00B859CC-D91BFF2B1E3047A3E0DEC1D57BE1382";

    [Fact]
    public void Tokens_are_redacted_in_camelCase_and_in_a_query_string()
    {
        var (body, hash) = TokenRedaction.Redact($$"""{"accessToken":"{{Token}}","clienttoken":"abc"}""");
        Assert.DoesNotContain(Token, body);
        Assert.DoesNotContain("abc", body);
        Assert.Equal(TokenRedaction.Hash(Token), hash);

        var url = TokenRedaction.RedactUrl($"https://api.mews-demo.com/api/connector/v1/configuration/get?AccessToken={Token}&x=1");
        Assert.Equal("https://api.mews-demo.com/api/connector/v1/configuration/get?AccessToken=[redacted]&x=1", url);
    }

    [Fact]
    public void A_HAR_with_a_BOM_reads_and_members_of_the_wrong_kind_are_named_bad_entries()
    {
        const string good = """{"startedDateTime":"2026-11-28T08:00:00Z","time":80,"request":{"method":"POST","url":"https://api.mews-demo.com/api/connector/v1/configuration/get","postData":{"text":"{}"}},"response":{"status":200}}""";
        const string broken = """{"request":"x","response":{"status":200}}""";
        const string oddPost = """{"startedDateTime":"2026-11-28T08:00:01Z","time":80,"request":{"method":"POST","url":"https://api.mews-demo.com/api/connector/v1/configuration/get","postData":null,"headers":[5]},"response":{"status":200,"headers":"no"}}""";
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes($$$"""{"log":{"entries":[{{{good}}},{{{broken}}},{{{oddPost}}},7]}}""")).ToArray();

        var read = HarLog.Read(new MemoryStream(bytes)).ToList();

        Assert.Equal(4, read.Count);
        Assert.NotNull(read[0].Call);
        Assert.Equal((2, "entry 2 has no request and response objects."), (read[1].Bad!.Line, read[1].Bad!.Problem));
        Assert.Equal("", read[2].Call!.RequestBody);
        Assert.Equal(4, read[3].Bad!.Line);
    }

    [Fact]
    public void Retry_After_is_read_as_seconds_decimals_or_an_HTTP_date()
    {
        var sent = new DateTimeOffset(2026, 11, 28, 8, 0, 0, TimeSpan.Zero);
        Assert.Equal(TimeSpan.FromSeconds(7), RetryAfter.Parse("7", sent));
        Assert.Equal(TimeSpan.FromSeconds(1.5), RetryAfter.Parse("1.5", sent));
        Assert.Equal(TimeSpan.FromSeconds(30), RetryAfter.Parse("Sat, 28 Nov 2026 08:00:30 GMT", sent));
        Assert.Null(RetryAfter.Parse("soon", sent));
    }

    [Fact]
    public void The_proxy_never_leaves_the_Mews_host()
    {
        var mews = new Uri("https://api.mews-demo.com");
        Assert.Equal("https://api.mews-demo.com/api/connector/v1/configuration/get?a=1",
            ConnectorProxy.Target(mews, "api/connector/v1/configuration/get", new QueryString("?a=1"))!.ToString());
        Assert.Equal("api.mews-demo.com", ConnectorProxy.Target(mews, "//evil.example/x", QueryString.Empty)!.Host);
        Assert.Equal("api.mews-demo.com", ConnectorProxy.Target(mews, "@evil.example/x", QueryString.Empty)?.Host ?? "api.mews-demo.com");
    }

    [Fact]
    public void S3_accepts_a_409_resubmitted_and_a_401_retried_with_a_new_token()
    {
        var body = With("\"RateId\":\"x\"");
        Assert.True(Review(new ErrorsResolvedCheck(), Call(0, "rates/updatePrice", TimeSpan.Zero, 409, body: body), Call(1, "rates/updatePrice", TimeSpan.FromSeconds(2), body: body)).Passed);
        Assert.True(Review(new ErrorsResolvedCheck(), Call(0, "rates/getAll", TimeSpan.Zero, 401, token: "old", body: body),
            Call(1, "rates/getAll", TimeSpan.FromSeconds(2), 401, token: "new", body: body), Call(2, "rates/getAll", TimeSpan.FromSeconds(3), token: "new", body: body)).Passed);
    }

    [Fact]
    public void S4_holds_every_operation_on_the_token_back_until_the_Retry_After_ran_out()
    {
        var result = Review(new RateCheck(), Call(0, "rates/getAll", TimeSpan.Zero, 429, retryAfter: TimeSpan.FromSeconds(10)), Call(1, "services/getAll", TimeSpan.FromSeconds(2)));
        Assert.False(result.Passed);
    }

    [Fact]
    public void An_endless_line_is_reported_not_held()
    {
        var text = new string('x', JsonLinesLog.MaxLineChars + 10) + "\n{\"a\":1}\n";

        var read = JsonLinesLog.Read(new StringReader(text)).ToList();

        Assert.Contains("longer than", read[0].Bad!.Problem);
        Assert.Equal(2, read[1].Bad!.Line);
    }

    [Fact]
    public void Undocumented_paths_and_tokens_past_the_cap_are_counted_together()
    {
        var declared = DeclaredWorkflow.Parse("""{"operations":["configuration/get"]}""", ConnectorCatalog.Shipped).Workflow!;
        var reviewer = new ConnectorReviewer(ConnectorCatalog.Shipped, declared);
        for (var i = 0; i < 500; i++)
            reviewer.Add(Call(i, $"reservations/{i}", TimeSpan.FromSeconds(i), token: $"t{i}"));

        var report = reviewer.Finish();

        Assert.InRange(report.Usage.Count, 1, ConnectorReviewer.MaxDistinct + 2);
        Assert.InRange(report.Peaks.Count, 1, ConnectorReviewer.MaxDistinct + 1);
    }

    [Fact]
    public void Queries_undocumented_paths_and_format_problems_past_their_caps_are_counted_together_and_said()
    {
        const string reservations = "reservations/getAll/2023-06-06";
        const string window = "\"UpdatedUtc\":{\"StartUtc\":\"2026-11-28T07:00:00Z\",\"EndUtc\":\"2026-11-28T08:00:00Z\"},\"Limitation\":{\"Count\":10}";
        ConnectorCall[] Numbered(int count, int status) =>
            [.. Enumerable.Range(0, count).Select(i => Call(i, reservations, TimeSpan.FromSeconds(i), status, body: With($"\"Numbers\":[\"n-{i}\"],{window}")))];

        var chained = Review(new FilterCheck(ConnectorCatalog.Shipped), Numbered(FilterCheck.MaxQueries + 10, 200));
        Assert.StartsWith($"Warning (ours): 10 calls: the UpdatedUtc windows of queries past the first {FilterCheck.MaxQueries} were not checked for gaps", Assert.Single(chained.Findings).Message);

        var timedOut = Review(new FilterCheck(ConnectorCatalog.Shipped), Numbered(TimedOutWindows.MaxQueries + 5, 408));
        Assert.Contains(timedOut.Findings, f => f.Message.StartsWith($"{TimedOutWindows.MaxQueries} calls: {reservations} answered 408 and the timed-out window was never read again", StringComparison.Ordinal));
        Assert.Contains(timedOut.Findings, f => f.Message.StartsWith($"Warning (ours): 5 calls answered 408 while the windows of {TimedOutWindows.MaxQueries} other queries were still followed", StringComparison.Ordinal));

        var paths = Review(new FormatCheck(ConnectorCatalog.Shipped), [.. Enumerable.Range(0, UndocumentedPaths.MaxPaths + 20).Select(i => Call(i, $"reservations/x{i}", TimeSpan.FromSeconds(i), 404))]);
        Assert.Equal(UndocumentedPaths.MaxPaths, paths.Findings.Count(f => f.Message.Contains("is not a documented operation path", StringComparison.Ordinal)));
        Assert.Contains($"20 calls: Q1: to more undocumented paths than the {UndocumentedPaths.MaxPaths} named above, none of them declared; use documented operations. Mews answered: 404 ×20.",
            paths.Findings.Select(f => f.Message));

        var types = Review(new FormatCheck(ConnectorCatalog.Shipped), [.. Enumerable.Range(0, FormatCheck.MaxProblems + 3).Select(i => Call(i, "configuration/get", TimeSpan.FromSeconds(i)) with { ContentType = $"text/x-{i}" })]);
        Assert.Equal(FormatCheck.MaxProblems, types.Findings.Count(f => f.Message.Contains("Q2: sent as", StringComparison.Ordinal)));
        Assert.Contains(types.Findings, f => f.Message.StartsWith($"3 calls with format problems past the {FormatCheck.MaxProblems} named above.", StringComparison.Ordinal));
    }

    [Fact]
    public void Distinct_queries_past_the_cap_are_counted_together_and_not_judged()
    {
        var declared = DeclaredWorkflow.Parse("""{"useCases":["Revenue management"],"operations":["rates/getAll"]}""", ConnectorCatalog.Shipped).Workflow!;
        var check = new FrequencyCheck(ConnectorCatalog.Shipped, declared);
        var calls = Enumerable.Range(0, 2 * FrequencyCheck.MaxQueries).Select(i =>
            Call(i, "rates/getAll", TimeSpan.FromMinutes(2 * i), body: With($"\"ServiceIds\":[\"s-{i}\"],\"Limitation\":{{\"Count\":100}}"))).ToArray();

        var result = Review(check, calls);

        Assert.True(result.Passed);
        Assert.Equal(FrequencyCheck.MaxQueries + 1, check.Rows.Count);
        Assert.Equal(FrequencyCheck.MaxQueries, Assert.Single(check.Rows, r => r.Operation == "rates/getAll (other queries, not judged)").Polls);
    }

    [Fact]
    public void A_query_is_one_whatever_order_its_properties_come_in_even_with_names_past_the_basic_plane()
    {
        // U+FF21 sorts before U+1F600 by UTF-8 bytes, after it by UTF-16 code units.
        using var sorted = JsonDocument.Parse("{\"\uFF21\":1,\"\U0001F600\":2}");
        using var reversed = JsonDocument.Parse("{\"\U0001F600\":2,\"\uFF21\":1}");

        Assert.Equal(PollQuery.Key("rates/getAll", sorted.RootElement), PollQuery.Key("rates/getAll", reversed.RootElement));
        Assert.Equal(PollQuery.Label("rates/getAll", sorted.RootElement), PollQuery.Label("rates/getAll", reversed.RootElement));
    }

    [Fact]
    public void Findings_the_report_and_the_journey_read_the_same_in_every_culture()
    {
        static string Text()
        {
            var declared = DeclaredWorkflow.Parse(SampleIntegration.DeclaredJson, ConnectorCatalog.Shipped).Workflow!;
            var report = ConnectorReviewer.Review(JsonLinesLog.Read(new StringReader(string.Join('\n', SampleIntegration.JsonLines(SampleVersion.WithMistakes)))), ConnectorCatalog.Shipped, declared);
            var shortRun = Review(new RunLengthCheck(), Call(0, "configuration/get", TimeSpan.Zero), Call(1, "configuration/get", TimeSpan.FromHours(47.5) + TimeSpan.FromSeconds(1.5)));
            var everyTwoAndAHalf = Review(new FrequencyCheck(ConnectorCatalog.Shipped, declared),
                [.. Enumerable.Range(0, 10).Select(i => Call(i, "reservations/getAll/2023-06-06", TimeSpan.FromSeconds(150 * i), body: With($"\"UpdatedUtc\":{{\"StartUtc\":\"{FindingText.Utc(Start.AddSeconds(150 * (i - 1)))}\",\"EndUtc\":\"{FindingText.Utc(Start.AddSeconds(150 * i))}\"}}")))]);
            var run = new ConnectorRun { Name = "run", Calls = report.Calls, Complete = true, FirstCallUtc = Start, LastCallUtc = Start.AddHours(47.5) };
            var journey = new ConnectorJourney { FormSentOn = new DateOnly(2026, 11, 20), TokenReceivedOn = new DateOnly(2026, 11, 21), ProductionOn = new DateOnly(2026, 12, 24) };
            var steps = ConnectorSteps.Evaluate(new CertificationProject { Name = "Acme" }, journey, [run], report);
            return string.Join('\n', report.Checks.Concat([shortRun, everyTwoAndAHalf]).SelectMany(c => c.Findings).Select(f => f.Message)
                .Concat(steps.Select(s => s.Detail)).Append(ReviewDocument.Markdown(new RunReview(run, report, new Dictionary<int, CallRef>(), "Acme", Start))));
        }
        static string In(CultureInfo culture, Func<string> text)
        {
            var saved = CultureInfo.CurrentCulture;
            CultureInfo.CurrentCulture = culture;
            try
            {
                return text();
            }
            finally
            {
                CultureInfo.CurrentCulture = saved;
            }
        }

        var invariant = In(CultureInfo.InvariantCulture, Text);

        Assert.Contains("is polled every 2.5 min (median of 10 polls)", invariant);
        Assert.Contains("(ours: up to 10 % faster passes;", invariant);
        Assert.Contains("The run spans 47 h 30 min 1.5 s", invariant);
        // A decimal comma, a "." between hours and minutes, the Thai Buddhist calendar.
        foreach (var culture in new[] { "de-DE", "fi-FI", "th-TH" })
            Assert.Equal(invariant, In(new CultureInfo(culture), Text));
    }

    [Fact]
    public void The_gap_median_is_exact_for_equal_gaps_and_within_a_percent_for_jittered_ones()
    {
        var equal = new GapHistogram();
        foreach (var _ in Enumerable.Range(0, 47))
            equal.Add(TimeSpan.FromMinutes(30));
        Assert.Equal(TimeSpan.FromMinutes(30), equal.Median);

        var jittered = new GapHistogram();
        var random = new Random(7);
        var gaps = Enumerable.Range(0, 5000).Select(_ => TimeSpan.FromSeconds(1800 + random.Next(-120, 120))).ToList();
        gaps.ForEach(jittered.Add);
        var exact = gaps.Order().ElementAt(gaps.Count / 2);
        Assert.InRange(jittered.Median!.Value.TotalSeconds, exact.TotalSeconds * 0.99, exact.TotalSeconds * 1.01);
        Assert.Equal((gaps.Min(), gaps.Max()), (jittered.Shortest!.Value, jittered.Longest!.Value));
    }

    [Fact]
    public async Task An_upload_keeps_only_a_redacted_copy_and_deletes_it_when_done()
    {
        var lines = string.Join('\n', SampleIntegration.JsonLines(SampleVersion.Clean).Take(20)) + "\nnot json\n";
        // Only what GetTempFileName makes: other processes keep sockets and pipes in the same folder, which cannot be read.
        var before = Directory.GetFiles(Path.GetTempPath(), "*.tmp").ToHashSet();

        var upload = await LogUpload.ReceiveAsync(new MemoryStream(Encoding.UTF8.GetBytes(lines)), "run.jsonl", LogFormat.JsonLines, CancellationToken.None);

        Assert.Equal((20, 1), (upload.Calls, upload.BadLines));
        var kept = upload.Path;
        Assert.DoesNotContain(Token, await File.ReadAllTextAsync(kept));
        // The raw upload, tokens and all, is gone already.
        foreach (var file in Directory.GetFiles(Path.GetTempPath(), "*.tmp").Where(f => !before.Contains(f) && f != kept))
            Assert.DoesNotContain(Token, await ReadIfStillThereAsync(file));
        Assert.Equal(20, upload.Read().Count(e => e.Call is not null));
        upload.Dispose();
        Assert.False(File.Exists(kept));
    }

    /// <summary>Another test's temporary file may be deleted between the listing and the read.</summary>
    private static async Task<string> ReadIfStillThereAsync(string path)
    {
        try
        {
            return await File.ReadAllTextAsync(path);
        }
        catch (FileNotFoundException)
        {
            return "";
        }
    }
}
