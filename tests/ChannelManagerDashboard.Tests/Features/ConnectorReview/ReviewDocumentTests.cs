using System.Text.RegularExpressions;
using ChannelManagerDashboard.Domain.Projects;
using ChannelManagerDashboard.Features.ConnectorReview;
using ChannelManagerDashboard.Features.ConnectorReview.Checks;
using ChannelManagerDashboard.Tests.Support;
using Markdig;

namespace ChannelManagerDashboard.Tests.Features.ConnectorReview;

/// <summary>The exported review holds text from the partner's log: it must read as text, never as markup or a link.</summary>
public sealed partial class ReviewDocumentTests : DatabaseTest
{
    private const string Script = "<script>alert(1)</script>";
    private const string Image = "<img src=x onerror=alert(1)>";
    private const string JavascriptLink = "[a](javascript:alert(1))";
    private const string Hostile = $"{Script} {Image} {JavascriptLink} a|b\n# injected {{onclick=alert(1)}} https://evil.example/x www.evil.example me@evil.example";

    private static readonly DateTimeOffset Start = new(2026, 11, 28, 8, 0, 0, TimeSpan.Zero);

    private static readonly MarkdownPipeline Renderer = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    [Fact]
    public async Task Names_paths_messages_and_guidance_from_the_log_stay_text_in_the_Markdown_and_the_HTML()
    {
        var finding = new ReviewFinding($"Q3: Client \"{Hostile}\" sent to https://api.mews-demo.com", [0]);
        var report = new ReviewReport(1, 0, [], [new CheckVerdict("S5", "Format", false, false, [finding])], [], [new PeakRow("ab12", 3, 0, 0)],
            [new UsageRow(Hostile, 1, false, false, false)], [new FrequencyRow(Hostile, 2, TimeSpan.FromMinutes(5), null, null, Hostile)]);
        var run = new ConnectorRun { Name = Hostile, Requests = 1, Complete = true, FirstRequestUtc = Start, LastRequestUtc = Start };
        var review = new RunReview(run, report, new Dictionary<int, RequestRef> { [0] = new(0, Start, Hostile, 400) }, Hostile, Start);

        var markdown = ReviewDocument.Markdown(review);

        AssertInert(markdown);
        // The tables keep their columns: operations used (5), polling frequency (6).
        Assert.Equal(6, Unescaped(markdown.Split('\n').Single(l => l.StartsWith("| &lt;script&gt;", StringComparison.Ordinal) && l.EndsWith("| no | no | no |", StringComparison.Ordinal))));
        Assert.Equal(7, Unescaped(markdown.Split('\n').Single(l => l.StartsWith("| &lt;script&gt;", StringComparison.Ordinal) && l.Contains("5 min", StringComparison.Ordinal))));
        Assert.Contains("<a href=\"https://api.mews-demo.com\"", Markdown.ToHtml(markdown, Renderer));

        var html = await ReportFiles.ReviewAsync(review);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
    }

    [Fact]
    public async Task A_run_imported_with_hostile_client_names_and_file_name_exports_a_Markdown_report_without_markup()
    {
        var input = Services.ValidInput(Hostile);
        input.Kind = ProjectKind.Connector;
        input.EndpointBaseUrl = "";
        var id = await Services.CreateProjectAsync(input);
        var log = string.Join('\n', new[] { $"{Script} 1.0", $"{JavascriptLink} 2.0|x\\n# injected" }.Select((client, i) =>
            $$$"""{"timeUtc":"2026-11-30T14:0{{{i}}}:00Z","method":"POST","url":"https://api.mews-demo.com/api/connector/v1/configuration/get","status":200,"durationMs":80,"requestBody":{"ClientToken":"c","AccessToken":"a","Client":"{{{client}}}"}}"""));
        var connector = ConnectorServices.On(Database, Clock);

        var imported = await connector.Runs.ImportAsync(id, JsonLinesLog.Read(new StringReader(log)), $"{Image}|{JavascriptLink}.jsonl", RunSource.Import, "Jana");

        Assert.True(imported.Succeeded, imported.Message);
        var review = (await connector.Reviews.RunReviewAsync(id, imported.Value))!;
        var markdown = ReviewDocument.Markdown(review);
        Assert.Contains("different Client names", markdown);
        AssertInert(markdown);
        Assert.DoesNotContain("<script", await ReportFiles.ReviewAsync(review), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Neither the text nor what a Markdown renderer (GitHub-flavoured, with Markdig's extensions) makes of it holds markup or a link off Mews.</summary>
    private static void AssertInert(string markdown)
    {
        Assert.DoesNotContain("<script", markdown, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", markdown, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(UnescapedLink(), markdown);
        Assert.DoesNotMatch(UnescapedPipe(), string.Join('\n', markdown.Split('\n').Where(line => !line.StartsWith('|'))));
        Assert.DoesNotContain(markdown.Split('\n'), line => line.StartsWith("# injected", StringComparison.Ordinal));

        var html = Markdown.ToHtml(markdown, Renderer);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" onclick=\"", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:alert(1)\"", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.All(Href().Matches(html), link => Assert.True(MewsHosts.IsMews(new Uri(link.Groups["to"].Value).Host), link.Value));
    }

    private static int Unescaped(string line) => UnescapedPipe().Matches(line).Count;

    [GeneratedRegex(@"(?<!\\)\]\(")]
    private static partial Regex UnescapedLink();

    [GeneratedRegex(@"(?<!\\)\|")]
    private static partial Regex UnescapedPipe();

    [GeneratedRegex(@"href=""(?<to>[^""]*)""")]
    private static partial Regex Href();
}
