using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ChannelManagerDashboard.Domain.Mews;
using ChannelManagerDashboard.Features.PlayMews;
using ChannelManagerDashboard.Features.PlayMews.Cli;
using ChannelManagerDashboard.Hosting.Commands;
using ChannelManagerDashboard.Tests.Support;

namespace ChannelManagerDashboard.Tests.Features.PlayMews;

/// <summary>
/// The <c>certify</c> command as a partner's CI runs it: in-process against a loopback channel manager, and once as the
/// real built binary to prove Program.cs hands it the arguments without starting the web app.
/// </summary>
[Collection(HarnessCollection.Name)]
public sealed partial class CertifyCommandTests
{
    private const string AcceptsEverything = """{"success":true}""";
    private const string InactiveToken = "DEACTIVATED-CONNECTION-0042-7F3A";

    private static readonly string ClientToken = FakeChannelManager.Seed.ClientToken;
    private static readonly string ConnectionToken = FakeChannelManager.Seed.Connections.First(c => c.Active).Token;

    private static Task<(int Exit, string Output, string Errors)> CertifyAsync(params string[] args) => AppCommands.RunAsync([CertifyCommand.Name, .. args]);

    private const string NeedsCheck = "passed, needs your check";

    /// <summary>The table's rows: test ID → "passed", "passed, needs your check", "FAILED" or "BLOCKED".</summary>
    private static Dictionary<string, string> Outcomes(string table) =>
        TableRow().Matches(table).ToDictionary(m => m.Groups["id"].Value, m => m.Groups["outcome"].Value);

    [GeneratedRegex(@"^(?<id>[A-Z]{3}-\d\d)\s+(?<outcome>passed, needs your check|passed|FAILED|BLOCKED)\s+\d+\s", RegexOptions.Multiline)]
    private static partial Regex TableRow();

    [Fact]
    public async Task The_reference_channel_manager_passes_every_default_test_with_exit_code_0()
    {
        await using var cm = await FakeChannelManager.StartReferenceAsync();

        var (exit, output, errors) = await CertifyAsync("--cm-base-url", cm.BaseUrl);

        Assert.True(exit == CertifyCommand.Passed, output + errors);
        Assert.EndsWith("10 passed (10 still need a person's check), 0 failed", output.TrimEnd());
        Assert.Equal(CertifyOptions.DefaultTests.ToDictionary(id => id, _ => NeedsCheck), Outcomes(output));
    }

    [Fact]
    public async Task A_channel_manager_that_accepts_everything_fails_the_error_tests_with_exit_code_1()
    {
        await using var cm = await FakeChannelManager.AnsweringAsync(AcceptsEverything);

        var (exit, output, _) = await CertifyAsync("--cm-base-url", cm.BaseUrl);

        Assert.Equal(CertifyCommand.Failed, exit);
        var outcomes = Outcomes(output);
        Assert.Equal(["INV-01", "INV-02", "INV-03", "INV-04", "INV-05", "INV-06"], outcomes.Where(o => o.Value == NeedsCheck).Select(o => o.Key));
        Assert.Equal(["ERR-02", "ERR-03", "ERR-04", "ERR-05"], outcomes.Where(o => o.Value == "FAILED").Select(o => o.Key));
        Assert.Contains("ERR-03:\n  - updateAvailability: Expected error code 10 with categoryCode 'ZZZ' (HTTP 200, ", output.ReplaceLineEndings("\n"));
        Assert.Contains("ERR-05:\n  - updateAvailability: Expected error code 3 or 8 (HTTP 200, ", output.ReplaceLineEndings("\n"));
        Assert.Contains("; got HTTP 200 {\"success\":true}: The channel manager accepted what it should have refused.", output);
        Assert.EndsWith("6 passed (6 still need a person's check), 4 failed", output.TrimEnd());
    }

    [Fact]
    public async Task Cancelled_during_a_test_it_still_writes_the_reports_of_the_tests_that_finished_and_exits_1()
    {
        // Availability is answered at once; prices hang until the run is cancelled, and say when they arrive.
        var pricesArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var cm = await FakeChannelManager.StartAsync((context, _) =>
        {
            if (!context.Request.Path.Value!.EndsWith("/updatePrices", StringComparison.Ordinal))
                return FakeChannelManager.JsonAsync(context, AcceptsEverything);
            pricesArrived.TrySetResult();
            return Task.Delay(Timeout.InfiniteTimeSpan, context.RequestAborted);
        });
        using var folder = new TempFolder();
        var report = Path.Combine(folder.Path, "report.json");
        using var output = new StringWriter();
        using var errors = new StringWriter();
        using var cancel = new CancellationTokenSource();

        var running = DashboardCommands.InvokeAsync([CertifyCommand.Name, "--cm-base-url", cm.BaseUrl, "--tests", "INV-01,INV-02", "--json", report],
            new CommandConsole(output, errors, TextReader.Null), cancel.Token);
        await pricesArrived.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await cancel.CancelAsync();
        var exit = await running;

        Assert.Equal(CertifyCommand.Failed, exit);
        Assert.Contains("cancelled after 1 of 2 tests; the reports hold those.", errors.ToString());
        var tests = JsonNode.Parse(await File.ReadAllTextAsync(report))!["tests"]!.AsArray();
        Assert.Equal(("INV-01", true), (tests.Single()!["id"]!.GetValue<string>(), tests.Single()!["passed"]!.GetValue<bool>()));
    }

    [Fact]
    public async Task The_JSON_report_has_each_test_with_its_verdict_reasons_latency_and_masked_evidence()
    {
        await using var cm = await FakeChannelManager.AnsweringAsync(AcceptsEverything);
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "report.json");

        var (exit, output, _) = await CertifyAsync("--cm-base-url", cm.BaseUrl, "--tests", "INV-01,ERR-03", "--json", path);

        Assert.Equal(CertifyCommand.Failed, exit);
        Assert.Equal("1 passed (1 still needs a person's check), 1 failed", output.Trim());
        var text = await File.ReadAllTextAsync(path);
        Assert.DoesNotContain(ClientToken, text);
        Assert.DoesNotContain(ConnectionToken, text);
        var report = JsonNode.Parse(text)!.AsObject();
        Assert.Equal(cm.BaseUrl, report["cmBaseUrl"]!.GetValue<string>());
        var tests = report["tests"]!.AsArray().Select(t => t!.AsObject()).ToList();
        Assert.Equal(["INV-01", "ERR-03"], tests.Select(t => t["id"]!.GetValue<string>()));
        Assert.Equal([true, false], tests.Select(t => t["passed"]!.GetValue<bool>()));
        Assert.Empty(tests[0]["reasons"]!.AsArray());
        var reason = Assert.Single(tests[1]["reasons"]!.AsArray())!.GetValue<string>();
        Assert.Contains("Expected error code 10 with categoryCode 'ZZZ' (HTTP 200, ", reason);
        Assert.Contains("; got HTTP 200 {\"success\":true}: The channel manager accepted", reason);
        Assert.All(tests, t => Assert.Equal(JsonValueKind.Number, t["latencyMs"]!.GetValueKind()));
        var evidence = Assert.Single(tests[1]["evidence"]!.AsArray())!.AsObject();
        Assert.Equal(cm.BaseUrl + "/updateAvailability", evidence["url"]!.GetValue<string>());
        Assert.Equal(200, evidence["statusCode"]!.GetValue<int>());
        Assert.Contains("\"spaceTypeCode\":\"ZZZ\"", evidence["request"]!.GetValue<string>());
        Assert.Contains("${MEWS_CLIENT_TOKEN}", evidence["curl"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_JUnit_report_counts_the_tests_and_marks_the_failing_one()
    {
        await using var cm = await FakeChannelManager.AnsweringAsync(AcceptsEverything);
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "report.xml");

        var (exit, _, _) = await CertifyAsync("--cm-base-url", cm.BaseUrl, "--tests", "INV-01,ERR-03", "--junit", path);

        Assert.Equal(CertifyCommand.Failed, exit);
        var suite = XDocument.Load(path).Root!.Element("testsuite")!;
        Assert.Equal("2", suite.Attribute("tests")!.Value);
        Assert.Equal("1", suite.Attribute("failures")!.Value);
        var cases = suite.Elements("testcase").ToDictionary(c => c.Attribute("name")!.Value.Split(' ')[0]);
        Assert.Equal(["INV-01", "ERR-03"], cases.Keys);
        Assert.Null(cases["INV-01"].Element("failure"));
        var failure = cases["ERR-03"].Element("failure");
        Assert.NotNull(failure);
        Assert.Contains("Expected error code 10 with categoryCode 'ZZZ' (HTTP 200, ", failure.Attribute("message")!.Value);
        Assert.Contains("; got HTTP 200 {\"success\":true}: The channel manager accepted", failure.Attribute("message")!.Value);
    }

    [Fact]
    public async Task A_CM_answering_its_own_shape_is_told_what_Mews_wanted_and_what_came_back_on_the_console_and_in_both_reports()
    {
        await using var cm = await OwnShapeChannelManager.StartAsync();
        using var folder = new TempFolder();
        var (json, junit) = (Path.Combine(folder.Path, "report.json"), Path.Combine(folder.Path, "report.xml"));
        string[] args = ["--cm-base-url", cm.BaseUrl, "--tests", "INV-01,ERR-02,ERR-03,ERR-05", "--inactive-connection-token", InactiveToken];

        var (exit, console, _) = await CertifyAsync(args);
        await CertifyAsync([.. args, "--json", json, "--junit", junit]);

        Assert.Equal(CertifyCommand.Failed, exit);
        var reasons = JsonNode.Parse(await File.ReadAllTextAsync(json))!["tests"]!.AsArray()
            .ToDictionary(t => t!["id"]!.GetValue<string>(), t => t!["reasons"]!.AsArray().Select(r => r!.GetValue<string>()).ToList());
        var failures = XDocument.Load(junit).Descendants("testcase")
            .ToDictionary(c => c.Attribute("name")!.Value.Split(' ')[0], c => c.Element("failure")!.Attribute("message")!.Value);
        var expected = new Dictionary<string, string[]>
        {
            ["INV-01"] = ["""updateAvailability: Expected success true (HTTP 200, {"success": true}); got HTTP 200 {"ok":true,"processed":""",
                ""","skipped":0}: The body has no "success" field; Mews reads the outcome from it."""],
            ["ERR-02"] = ["""confirmGroup: Expected error code 2 (HTTP 200, {"success": false, "errors": [{"code": 2, "message": "…"}]}); got HTTP 404 Not Found (empty body): """,
                $"Nothing answers POST at {cm.BaseUrl}/confirmGroup: is confirmGroup implemented, and is the base URL right?"],
            ["ERR-03"] = ["""updateAvailability: Expected error code 10 with categoryCode 'ZZZ' (HTTP 200, {"success": false, "errors": [{"code": 10, "categoryCode": "ZZZ", "message": "…"}]}); """
                + """got HTTP 200 {"ok":true,"processed":0,"skipped":1}: The body has no "success" field"""],
            ["ERR-05"] = ["""Expected error code 3 or 8 (HTTP 200, {"success": false, "errors": [{"code": …, "message": "…"}]}); got HTTP 401 Unauthorized {"ok":false,"error":"Unknown connection """,
                "Mews expects HTTP 200 for every answer, failures included"],
        };
        foreach (var (test, words) in expected)
        {
            Assert.Contains(reasons[test], reason => words.All(reason.Contains));
            Assert.Contains(reasons[test].Select(reason => $"  - {reason}"), console.ReplaceLineEndings("\n").Split('\n').Contains);
            Assert.All(words, word => Assert.Contains(word, failures[test]));
        }
        Assert.Equal(3, reasons["ERR-05"].Count);
        Assert.All(["updateAvailability: ", "updatePrices: ", "updateRestrictions: "], operation => Assert.Contains(operation, failures["ERR-05"]));
        // The CM echoes the unknown token; every surface masks it.
        Assert.All([console, await File.ReadAllTextAsync(json), await File.ReadAllTextAsync(junit)], text =>
        {
            Assert.DoesNotContain(InactiveToken, text);
            Assert.DoesNotContain(ClientToken, text);
        });
        Assert.Contains($"Unknown connection {TokenMask.Mask(InactiveToken)}", failures["ERR-05"]);
    }

    [Fact]
    public async Task After_the_smallest_wire_fix_the_inventory_tests_pass_but_need_a_persons_check_on_the_console_and_in_both_reports()
    {
        await using var cm = await OwnShapeChannelManager.StartAsync(successField: "success");
        using var folder = new TempFolder();
        var (json, junit) = (Path.Combine(folder.Path, "report.json"), Path.Combine(folder.Path, "report.xml"));

        var (exit, console, _) = await CertifyAsync("--cm-base-url", cm.BaseUrl);
        var (_, reportsOutput, _) = await CertifyAsync("--cm-base-url", cm.BaseUrl, "--json", json, "--junit", junit);

        string[] inventory = ["INV-01", "INV-02", "INV-03", "INV-04", "INV-05", "INV-06"];
        Assert.Equal(CertifyCommand.Failed, exit);
        Assert.Equal(inventory, Outcomes(console).Where(o => o.Value == NeedsCheck).Select(o => o.Key));
        Assert.EndsWith("6 passed (6 still need a person's check), 4 failed", console.TrimEnd());
        Assert.Equal("6 passed (6 still need a person's check), 4 failed", reportsOutput.Trim());
        var lines = console.ReplaceLineEndings("\n").Split('\n');
        Assert.Contains("Still to check by hand:", lines);
        Assert.Contains(lines, l => l.StartsWith($"  - INV-01: {HarnessTests.Find("INV-01")!.HumanCheck} Spot-check availability in your extranet", StringComparison.Ordinal));
        var note = Assert.Single(lines, l => l.Contains("which Mews does not define", StringComparison.Ordinal));
        Assert.StartsWith("  - INV-01, INV-02, INV-03, INV-04, INV-05, INV-06, ERR-03, ERR-04: The answer also carries \"processed\" and \"skipped\"", note);
        Assert.Contains("code 10 with categoryCode for an unknown space type, 9 with rateCode for an unknown rate, 11 with both", note);

        var tests = JsonNode.Parse(await File.ReadAllTextAsync(json))!["tests"]!.AsArray().ToDictionary(t => t!["id"]!.GetValue<string>(), t => t!.AsObject());
        Assert.All(inventory, id =>
        {
            Assert.True(tests[id]["passed"]!.GetValue<bool>());
            Assert.True(tests[id]["needsCheck"]!.GetValue<bool>());
            Assert.StartsWith(HarnessTests.Find(id)!.HumanCheck + " " + SpotChecks.Prefix, tests[id]["check"]!.GetValue<string>());
            Assert.Contains(tests[id]["notes"]!.AsArray(), n => n!.GetValue<string>().Contains("which Mews does not define", StringComparison.Ordinal));
        });
        Assert.False(tests["ERR-03"]["needsCheck"]!.GetValue<bool>());
        Assert.Equal(HarnessTests.Find("ERR-03")!.HumanCheck, tests["ERR-03"]["check"]!.GetValue<string>());
        Assert.Contains("The channel manager accepted what it should have refused.", tests["ERR-03"]["reasons"]![0]!.GetValue<string>());

        var cases = XDocument.Load(junit).Descendants("testcase").ToDictionary(c => c.Attribute("name")!.Value.Split(' ')[0]);
        Assert.All(inventory, id =>
        {
            Assert.Null(cases[id].Element("failure"));
            Assert.Equal("true", Property(cases[id], "needsCheck"));
            Assert.StartsWith(HarnessTests.Find(id)!.HumanCheck + " " + SpotChecks.Prefix, Property(cases[id], "check"));
            Assert.StartsWith($"{NeedsCheck}: {HarnessTests.Find(id)!.HumanCheck}", cases[id].Element("system-out")!.Value);
        });
        Assert.Equal("false", Property(cases["ERR-03"], "needsCheck"));
        Assert.NotNull(cases["ERR-03"].Element("failure"));
    }

    private static string? Property(XElement testCase, string name) =>
        testCase.Element("properties")?.Elements("property").SingleOrDefault(p => p.Attribute("name")!.Value == name)?.Attribute("value")!.Value;

    [Theory]
    [InlineData("", "--cm-base-url is required")]
    [InlineData("--tests INV-01", "--cm-base-url is required")]
    [InlineData("--cm-base-url", "--cm-base-url needs a value")]
    [InlineData("--cm-base-url http://cm.example.com/mews", "Mews calls endpoints over HTTPS only")]
    [InlineData("--cm-base-url https://cm.example.com/mews --colour red", "Unknown option --colour")]
    [InlineData("--cm-base-url https://cm.example.com/mews stray", "Unexpected argument 'stray'")]
    [InlineData("--cm-base-url https://cm.example.com/mews --tests INV-01,INV-99", "unknown test INV-99")]
    [InlineData("--cm-base-url https://cm.example.com/mews --tests ERR-01", "ERR-01 is a document")]
    [InlineData("--cm-base-url https://cm.example.com/mews --timeout-seconds 0", "--timeout-seconds must be a whole number from 1 to 600, not '0'")]
    [InlineData("--cm-base-url https://cm.example.com/mews --timeout-seconds abc", "--timeout-seconds must be a whole number from 1 to 600, not 'abc'")]
    [InlineData("--cm-base-url https://cm.example.com/mews --config /nonexistent/getConfiguration.json", "--config: the file /nonexistent/getConfiguration.json does not exist")]
    [InlineData("--cm-base-url https://cm.example.com/mews --json /nonexistent/dir/report.json", "--json: the folder /nonexistent/dir does not exist")]
    [InlineData("--cm-base-url https://cm.example.com/mews --junit /nonexistent/dir/report.xml", "--junit: the folder /nonexistent/dir does not exist")]
    [InlineData("--cm-base-url https://cm.example.com/mews --allowed-networks 172.16.0.0/12,docker", "--allowed-networks: 'docker' is not a network in CIDR notation")]
    public async Task Bad_usage_exits_with_code_2_and_says_what_is_wrong(string args, string message)
    {
        var (exit, output, errors) = await CertifyAsync(args.Split(' ', StringSplitOptions.RemoveEmptyEntries));

        Assert.Equal(CertifyCommand.BadUsage, exit);
        Assert.Contains(message, errors);
        Assert.Empty(output);
    }

    [Fact]
    public async Task A_config_file_that_is_not_a_Get_configuration_is_bad_usage()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "getProperties.json");
        await File.WriteAllTextAsync(path, """{"success":true,"properties":[]}""");

        var (exit, output, errors) = await CertifyAsync("--cm-base-url", "https://cm.example.com/mews", "--config", path);

        Assert.Equal(CertifyCommand.BadUsage, exit);
        Assert.Contains($"--config: {path} is not a Get configuration response", errors);
        Assert.Empty(output);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public async Task Help_prints_the_usage_with_exit_code_0(string flag)
    {
        var (exit, output, errors) = await CertifyAsync(flag);

        Assert.Equal(CertifyCommand.Passed, exit);
        Assert.Contains("Usage:", output);
        Assert.Contains("--cm-base-url <URL>", output);
        Assert.Contains("An answer slower than min(N, 10) seconds fails its test.", output);
        Assert.Contains("Exit codes: 0 all selected tests passed, 1 a test failed or could not run, 2 bad usage.", output);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Tests_option_runs_only_the_named_tests()
    {
        await using var cm = await FakeChannelManager.StartReferenceAsync();

        var (exit, output, _) = await CertifyAsync("--cm-base-url", cm.BaseUrl, "--tests", "INV-01,ERR-03");

        Assert.Equal(CertifyCommand.Passed, exit);
        Assert.Equal(new Dictionary<string, string> { ["INV-01"] = NeedsCheck, ["ERR-03"] = NeedsCheck }, Outcomes(output));
        Assert.EndsWith("2 passed (2 still need a person's check), 0 failed", output.TrimEnd());
        Assert.Equal(["updateAvailability", "updateAvailability"], cm.Requests.Select(r => r.Operation));
    }

    [Fact]
    public async Task A_mapping_file_narrows_the_price_push_to_the_combinations_it_maps()
    {
        await using var cm = await FakeChannelManager.StartReferenceAsync();
        using var folder = new TempFolder();
        var mapping = Path.Combine(folder.Path, "mapping.json");
        await File.WriteAllTextAsync(mapping, """
            {
              "combinations": [
                { "ratePlanCode": "FF", "spaceTypeCode": "SGL", "cmRateCode": "P-FF", "cmRoomCode": "R-SGL", "excludedReason": "", "status": "Mapped" },
                { "ratePlanCode": "NR", "spaceTypeCode": "DBL", "cmRateCode": "P-NR", "cmRoomCode": "R-DBL", "excludedReason": "", "status": "Mapped" },
                { "ratePlanCode": "BB", "spaceTypeCode": "DBL", "cmRateCode": "P-BB", "cmRoomCode": "R-DBL", "excludedReason": "Not sold on our channels", "status": "Excluded" },
                { "ratePlanCode": "FF", "spaceTypeCode": "DBL", "cmRateCode": "P-FF", "cmRoomCode": "", "excludedReason": "", "status": "Unmapped" }
              ]
            }
            """);

        var (exit, output, errors) = await CertifyAsync("--cm-base-url", cm.BaseUrl, "--tests", "INV-02", "--mapping", mapping);

        Assert.True(exit == CertifyCommand.Passed, output + errors);
        var pushed = cm.BodiesTo(CmOperation.UpdatePrices)
            .SelectMany(body => body["ratePrices"]!.AsArray())
            .Select(entry => $"{entry!["ratePlanCode"]!.GetValue<string>()} × {entry["spaceTypeCode"]!.GetValue<string>()}")
            .Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(["FF × SGL", "NR × DBL"], pushed);
    }

    [Fact]
    public async Task A_custom_configuration_changes_what_is_pushed()
    {
        await using var cm = await FakeChannelManager.StartReferenceAsync();
        using var folder = new TempFolder();
        var profile = JsonNode.Parse(MewsExamples.PropertyProfileJson)!.AsObject();
        Mappings.RemoveSpaceType(profile, "DBL");
        var path = Path.Combine(folder.Path, "getConfiguration.json");
        await File.WriteAllTextAsync(path, profile.ToJsonString());

        var (exit, output, errors) = await CertifyAsync("--cm-base-url", cm.BaseUrl, "--tests", "INV-01", "--config", path);

        Assert.True(exit == CertifyCommand.Passed, output + errors);
        var pushed = cm.BodiesTo(CmOperation.UpdateAvailability)
            .SelectMany(body => body["availabilities"]!.AsArray())
            .Select(entry => entry!["spaceTypeCode"]!.GetValue<string>())
            .Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(["BED8", "DRM6", "SGL", "STE", "TWN"], pushed);
    }

    [Fact]
    public async Task A_CM_answering_control_characters_still_gets_a_valid_JUnit_file_and_exit_code_1()
    {
        await using var cm = await FakeChannelManager.StartAsync(async (context, _) =>
        {
            context.Response.ContentType = "text/html";
            await context.Response.Body.WriteAsync("\u0000\u0001\u001b<html>broken</html>"u8.ToArray());
        });
        using var folder = new TempFolder();
        var junit = Path.Combine(folder.Path, "report.xml");

        var (exit, _, errors) = await CertifyAsync("--cm-base-url", cm.BaseUrl, "--tests", "INV-01", "--junit", junit);

        Assert.True(exit == CertifyCommand.Failed, errors);
        var failure = XDocument.Load(junit).Descendants("failure").Single();
        Assert.Contains("not JSON", failure.Attribute("message")!.Value);
        Assert.Contains("???<html>", failure.Attribute("message")!.Value);
    }

    [Fact]
    public async Task The_built_binary_runs_certify_without_starting_the_web_app()
    {
        await using var cm = await FakeChannelManager.StartReferenceAsync();
        using var dataFolder = new TempFolder();

        var (exit, output, errors) = await RunBinaryAsync(dataFolder.Path, "certify", "--cm-base-url", cm.BaseUrl, "--tests", "INV-01");

        Assert.True(exit == CertifyCommand.Passed, output + errors);
        Assert.EndsWith("1 passed (1 still needs a person's check), 0 failed", output.TrimEnd());
        Assert.DoesNotContain("Now listening on", output + errors);
        Assert.Empty(Directory.EnumerateFileSystemEntries(dataFolder.Path));
        Assert.Single(cm.Requests);
    }

    [Fact]
    public async Task The_built_binary_exits_with_code_2_on_bad_usage()
    {
        using var dataFolder = new TempFolder();

        var (exit, output, errors) = await RunBinaryAsync(dataFolder.Path, "certify", "--cm-base-url", "http://cm.example.com/mews");

        Assert.True(exit == CertifyCommand.BadUsage, output + errors);
        Assert.Contains("certify: --cm-base-url: Mews calls endpoints over HTTPS only", errors);
        Assert.Empty(Directory.EnumerateFileSystemEntries(dataFolder.Path));
    }

    [Fact]
    public async Task The_built_binary_pushes_with_the_seed_the_app_is_configured_with()
    {
        using var dataFolder = new TempFolder();

        var (exit, output, errors) = await RunBinaryAsync(dataFolder.Path, new Dictionary<string, string> { ["MewsSimulator__SeedFile"] = "/nonexistent/seed.json" },
            "certify", "--cm-base-url", "https://cm.example.com/mews");

        Assert.True(exit == CertifyCommand.BadUsage, output + errors);
        Assert.Contains("certify: The Mews simulator's seed file /nonexistent/seed.json does not exist.", errors);
    }

    private static Task<(int Exit, string Out, string Err)> RunBinaryAsync(string dataFolder, params string[] args) =>
        RunBinaryAsync(dataFolder, new Dictionary<string, string>(), args);

    private static async Task<(int Exit, string Out, string Err)> RunBinaryAsync(string dataFolder, Dictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo(Path.Combine(AppProcess.AppDirectory, "ChannelManagerDashboard"), args)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = dataFolder,
        };
        start.Environment["Dashboard__DataFolder"] = dataFolder;
        foreach (var (key, value) in environment)
            start.Environment[key] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"certify did not exit within 30 s: the web app may have started.\n{await output}\n{await errors}");
        }
        return (process.ExitCode, await output, await errors);
    }
}
