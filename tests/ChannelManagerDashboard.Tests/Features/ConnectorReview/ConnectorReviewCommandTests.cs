using System.Diagnostics;
using System.Text.Json.Nodes;
using ChannelManagerDashboard.Features.ConnectorReview.Cli;
using ChannelManagerDashboard.Features.ConnectorReview.Sample;
using ChannelManagerDashboard.Tests.Support;

namespace ChannelManagerDashboard.Tests.Features.ConnectorReview;

public sealed class ConnectorReviewCommandTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private static Task<(int Exit, string Output, string Errors)> RunAsync(params string[] args) => AppCommands.RunAsync([ConnectorReviewCommand.Name, .. args]);

    private string Write(string name, string text)
    {
        var path = Path.Combine(folder.Path, name);
        File.WriteAllText(path, text);
        return path;
    }

    private string Sample(SampleVersion version) => Write($"{version}.jsonl", string.Join('\n', SampleIntegration.JsonLines(version)));

    [Fact]
    public async Task The_clean_sample_passes_with_exit_0_and_writes_all_nine_checks_as_JSON()
    {
        var report = Path.Combine(folder.Path, "report.json");
        var (exit, output, _) = await RunAsync("--log", Sample(SampleVersion.Clean), "--format", "jsonl", "--declared", Write("declared.json", SampleIntegration.DeclaredJson), "--json", report);

        Assert.Equal(0, exit);
        Assert.Contains("Every check passed.", output);
        var json = JsonNode.Parse(File.ReadAllText(report))!;
        Assert.Equal(SampleIntegration.JsonLines(SampleVersion.Clean).Count(), json["calls"]!.GetValue<int>());
        Assert.Equal(["S1", "S2", "S3", "S4", "S5", "S6", "S7", "S8", "S9"], json["checks"]!.AsArray().Select(c => c!["id"]!.GetValue<string>()));
        Assert.All(json["checks"]!.AsArray(), c => Assert.True(c!["passed"]!.GetValue<bool>()));
    }

    [Fact]
    public async Task A_run_with_mistakes_exits_1_and_its_findings_name_requests()
    {
        var report = Path.Combine(folder.Path, "report.json");
        var (exit, output, _) = await RunAsync("--log", Sample(SampleVersion.WithMistakes), "--format", "jsonl", "--declared", Write("declared.json", SampleIntegration.DeclaredJson), "--json", report);

        Assert.Equal(1, exit);
        Assert.Contains("S9 Deprecations: failed", output);
        var s9 = JsonNode.Parse(File.ReadAllText(report))!["checks"]!.AsArray().Single(c => c!["id"]!.GetValue<string>() == "S9")!;
        var finding = s9["findings"]!.AsArray()[0]!;
        Assert.StartsWith("reservations/getAll is deprecated", finding["message"]!.GetValue<string>());
        Assert.NotEmpty(finding["calls"]!.AsArray());
    }

    [Fact]
    public async Task Bad_usage_an_unreadable_log_and_a_bad_declaration_exit_2_with_a_message()
    {
        var declared = Write("declared.json", SampleIntegration.DeclaredJson);

        Assert.Equal(2, (await RunAsync("--log", "x.jsonl")).Exit);
        Assert.Contains("--format xml: write har, jsonl or csv", (await RunAsync("--log", "x", "--format", "xml", "--declared", declared)).Errors);
        var missing = await RunAsync("--log", Path.Combine(folder.Path, "none.jsonl"), "--format", "jsonl", "--declared", declared);
        Assert.Equal(2, missing.Exit);
        Assert.Contains("cannot be read", missing.Errors);
        var garbage = await RunAsync("--log", Write("garbage.har", "<html>"), "--format", "har", "--declared", declared);
        Assert.Equal(2, garbage.Exit);
        Assert.Contains("holds no call readable as Har", garbage.Errors);
        var unknown = await RunAsync("--log", Sample(SampleVersion.Clean), "--format", "jsonl", "--declared", Write("bad.json", """{"operations":["reservations/getall"]}"""));
        Assert.Equal(2, unknown.Exit);
        Assert.Contains("'reservations/getall' is not a documented operation path", unknown.Errors);
        Assert.Equal(0, (await RunAsync("--help")).Exit);
    }

    [Fact]
    public async Task Bad_lines_are_left_out_and_counted()
    {
        var lines = SampleIntegration.JsonLines(SampleVersion.Clean).ToList();
        lines.Insert(3, "{not json");
        var (exit, output, _) = await RunAsync("--log", Write("log.jsonl", string.Join('\n', lines)), "--format", "jsonl", "--declared", Write("declared.json", SampleIntegration.DeclaredJson));

        Assert.Equal(0, exit);
        Assert.Contains("1 bad line left out", output);
        Assert.Contains("line 4: the line is not JSON", output);
    }

    [Fact]
    public async Task The_app_binary_runs_the_command_without_a_database()
    {
        var start = new ProcessStartInfo(Path.Combine(AppProcess.AppDirectory, "ChannelManagerDashboard"),
            ["connector-review", "--log", Sample(SampleVersion.Clean), "--format", "jsonl", "--declared", Write("declared.json", SampleIntegration.DeclaredJson)])
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
            WorkingDirectory = folder.Path,
        };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(0, process.ExitCode);
        Assert.Contains("S1 Run length: passed", output);
        Assert.Empty(Directory.GetFiles(folder.Path, "*.db", SearchOption.AllDirectories));
    }
}
