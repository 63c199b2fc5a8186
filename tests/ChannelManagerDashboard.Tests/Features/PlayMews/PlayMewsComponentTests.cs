using Bunit;
using ChannelManagerDashboard.Features.Accounts;
using ChannelManagerDashboard.Features.PlayMews;
using ChannelManagerDashboard.Tests.Support;

namespace ChannelManagerDashboard.Tests.Features.PlayMews;

public sealed class PlayMewsComponentTests : ComponentTest
{
    private static readonly DateTimeOffset At = new(2026, 11, 30, 10, 0, 0, TimeSpan.Zero);

    private static ExchangeEvidence Exchange(string label, string url, long latencyMs, params string[] reasons) =>
        new(label, url, At, """{"clientToken":"B19F…F29"}""", 26, url.Length > 0 ? 200 : null, """{"success":true}""", latencyMs, "success true", reasons, [], false,
            new ReplayTokens("B19F…F29", "C90C…B43", "MEWS_CONNECTION_TOKEN"));

    [Fact]
    public void Pasted_samples_are_counted_as_samples_not_as_bytes_sent()
    {
        var samples = SystemErrorSheet.Check([.. SystemErrorSheet.RequiredSituations.Select(s => new SystemErrorSample(s, "{}"))], At);

        var details = Render<RunDetails>(p => p.Add(x => x.ProjectId, 1).Add(x => x.TestId, SystemErrorSheet.TestId).Add(x => x.Verdict, samples).Add(x => x.SelectedRunId, 4));

        var figures = details.Find("#run-figures").TextContent;
        Assert.Contains("3 samples checked", figures);
        Assert.DoesNotContain("bytes", figures);
        Assert.DoesNotContain("Show the request", details.Markup);
        Assert.Empty(details.FindAll("#latency-chart"));
    }

    [Fact]
    public void A_run_shows_its_latency_per_message_and_offers_its_report_as_a_download()
    {
        var result = new HarnessVerdict("INV-02", At, [], [], [], 120, 52, [Exchange("prices 1", "https://cm.example.com/p", 40), Exchange("prices 2", "https://cm.example.com/p", 80)]);

        var details = Render<RunDetails>(p => p.Add(x => x.ProjectId, 1).Add(x => x.TestId, "INV-02").Add(x => x.Verdict, result).Add(x => x.SelectedRunId, 4));

        Assert.Contains("2 messages: median 40 ms, 95th percentile 80 ms, slowest 80 ms (message 2, prices 2).", details.Find("#latency-caption").TextContent);
        var report = details.Find("#run-report");
        Assert.Equal("projects/1/play-mews/runs/4/report.json", report.GetAttribute("href"));
        Assert.True(report.HasAttribute("download"));
        Assert.Contains("Still check by hand: The grossAmount values show in your extranet for each guest count", details.Find("#run-verdict").TextContent);
    }

    [Theory]
    [InlineData(false, "Passed, needs your check. Still check by hand: The availability shows in your extranet")]
    [InlineData(true, "Passed; a person confirmed: The availability shows in your extranet")]
    public void A_pass_says_whether_the_half_a_person_checks_is_still_open(bool confirmed, string verdict)
    {
        var result = new HarnessVerdict("INV-01", At, [], [], [], 40, 26, [Exchange("availability", "https://cm.example.com/a", 40)]);

        var details = Render<RunDetails>(p => p.Add(x => x.ProjectId, 1).Add(x => x.TestId, "INV-01").Add(x => x.Verdict, result).Add(x => x.SelectedRunId, 4)
            .Add(x => x.Confirmed, confirmed));

        Assert.Contains(verdict, details.Find("#run-verdict").TextContent);
    }

    [Fact]
    public void An_open_check_reads_passed_needs_your_check_in_the_table_badge_and_the_chart()
    {
        var latest = new Dictionary<string, HarnessRunSummary>
        {
            ["INV-01"] = new(3, "INV-01", At, Passed: true, Blocked: false, "", 10, 100, "Jana"),
            ["INV-02"] = new(4, "INV-02", At, Passed: true, Blocked: false, "", 10, 100, "Jana"),
        };

        var open = Render<HarnessOutcomeBadge>(p => p.Add(x => x.Run, latest["INV-01"]).Add(x => x.NeedsCheck, true)).Find(".harness-outcome");
        var chart = Render<HarnessVerdictsChart>(p => p.Add(x => x.Latest, latest).Add(x => x.NeedsCheck, id => id == "INV-01"));

        Assert.Equal("Passed, needs your check", open.TextContent.Trim());
        Assert.Equal(("passed", "true"), (open.GetAttribute("data-outcome"), open.GetAttribute("data-needs-check")));
        Assert.Contains("mud-chip-color-info", open.ClassName);
        Assert.Contains("1 passed · 1 passed, needs your check · 0 failed · 0 blocked · 10 not run of 12 tests", chart.Find("#harness-results-caption").TextContent);
    }

    [Fact]
    public void Earlier_runs_are_coloured_by_their_own_outcome()
    {
        HarnessRunSummary[] history =
        [
            new(9, "INV-01", At, Passed: false, Blocked: false, "The body is not JSON", 10, 100, "Jana"),
            new(8, "INV-01", At.AddHours(-1), Passed: true, Blocked: false, "", 10, 100, "Jana"),
            new(7, "INV-01", At.AddHours(-2), Passed: false, Blocked: true, "No URL", 0, 0, "Petr"),
        ];

        var details = Render<RunDetails>(p => p.Add(x => x.ProjectId, 1).Add(x => x.TestId, "INV-01").Add(x => x.History, history).Add(x => x.SelectedRunId, 9));

        var chips = details.FindAll("#run-history .harness-outcome");
        Assert.Equal(["failed", "passed", "blocked"], chips.Select(c => c.GetAttribute("data-outcome")));
        Assert.Contains("mud-chip-color-error", chips[0].ClassName);
        Assert.Contains("mud-chip-color-success", chips[1].ClassName);
        Assert.Contains("mud-chip-color-warning", chips[2].ClassName);
    }

    [Fact]
    public void An_exchange_opens_its_bodies_and_cURL_line_with_a_copy_button_for_each()
    {
        var exchange = Render<ExchangeView>(p => p.Add(x => x.Exchange, Exchange("availability 1", "https://cm.example.com/a", 30, "HTTP 500")));
        Assert.Equal("false", exchange.Find(".exchange").GetAttribute("data-passed"));
        Assert.Empty(exchange.FindAll(".code-block"));

        exchange.Find(".exchange-toggle").Click();

        Assert.Equal(3, exchange.FindAll(".code-block").Count);
        Assert.Equal(["Copy the request", "Copy the answer", "Copy the cURL line"], exchange.FindAll(".copy-button").Select(b => b.GetAttribute("aria-label")));
        Assert.Contains("\"clientToken\": \"B19F…F29\"", exchange.Find(".code-block-body").TextContent);
    }

    [Fact]
    public async Task Without_a_connection_the_page_says_which_step_comes_first()
    {
        var id = await CreateProjectAsync();

        var page = RenderWithProviders<PlayMewsPage>(p => p.Add(x => x.ProjectId, id));

        var problem = await page.WaitForElementAsync("#play-mews-problem");
        Assert.Equal($"projects/{id}/setup/P4", problem.QuerySelector("a")!.GetAttribute("href"));
        Assert.True(page.Find("#run-all").HasAttribute("disabled"));
        Assert.Contains("0 passed · 0 passed, needs your check · 0 failed · 0 blocked · 12 not run of 12 tests", page.Find("#harness-results-caption").TextContent);
        Assert.Contains("Evidence kept: 0 runs, 0 bytes compressed. The newest 20 runs of each test are kept, at most 256 MB per project",
            System.Text.RegularExpressions.Regex.Replace(page.Find("#evidence-kept").TextContent, @"\s+", " "));
    }

    [Theory]
    [InlineData(DashboardRoles.Member, true)]
    [InlineData(DashboardRoles.Viewer, false)]
    public void An_exchange_shows_token_masks_and_the_cURL_line_to_members_and_neither_to_viewers(string role, bool sees)
    {
        SignedInAs(role);
        var exchange = Exchange("prices 1", "https://cm.example.com/p", 40, "Error 3: the token (C90C…B43) is unknown.");

        var view = Render<ExchangeView>(p => p.Add(x => x.Exchange, exchange));
        view.Find(".exchange-toggle").Click();

        Assert.Equal(sees, view.Markup.Contains("C90C…B43"));
        Assert.Equal(sees, view.Markup.Contains("B19F…F29"));
        Assert.Equal(sees, view.Markup.Contains("cURL"));
        Assert.Contains("Error 3: the token", view.Markup);
    }

    [Fact]
    public void Pasted_samples_say_what_was_checked_not_what_was_sent()
    {
        var samples = SystemErrorSheet.Check([.. SystemErrorSheet.RequiredSituations.Select(s => new SystemErrorSample(s, "{}"))], At);

        var details = Render<RunDetails>(p => p.Add(x => x.ProjectId, 1).Add(x => x.TestId, SystemErrorSheet.TestId).Add(x => x.Verdict, samples).Add(x => x.SelectedRunId, 4));

        var title = details.Find("#run-facts h3").TextContent;
        Assert.Equal("What was checked (nothing is sent: the error answers you pasted)", title);
        Assert.DoesNotContain("What was sent", details.Markup);
    }

    [Fact]
    public void A_long_run_reads_in_minutes_and_seconds_not_in_milliseconds()
    {
        var result = new HarnessVerdict("ERR-06", At, [], [], [], 120_005, 52, [Exchange("booking", "https://cm.example.com/b", 120_005)]);

        var details = Render<RunDetails>(p => p.Add(x => x.ProjectId, 1).Add(x => x.TestId, "ERR-06").Add(x => x.Verdict, result).Add(x => x.SelectedRunId, 4));

        Assert.EndsWith("2 min 0 s", details.Find("#run-figures").TextContent.Trim());
        Assert.DoesNotContain("120005", details.Markup);
    }
}
