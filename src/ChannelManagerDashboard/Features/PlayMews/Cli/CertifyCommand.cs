using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Domain.Inventory;
using ChannelManagerDashboard.Domain.Mews;
using ChannelManagerDashboard.Features.Mapping;
using ChannelManagerDashboard.Features.MewsSimulator;
using ChannelManagerDashboard.Hosting.Commands;
using ChannelManagerDashboard.Hosting.Outbound;

namespace ChannelManagerDashboard.Features.PlayMews.Cli;

/// <summary>
/// <c>certify</c>: the harness without the web UI, a browser or the app's database, for a partner's CI.
/// </summary>
public static class CertifyCommand
{
    public const string Name = "certify";
    public const int Passed = 0;
    public const int Failed = 1;
    public const int BadUsage = 2;

    /// <summary>Where responseUrl points: the Mews demo environment, as in certification. The harness never calls it.</summary>
    public const string MewsDemoBaseUrl = "https://api.mews-demo.com";

    private const string Notes = """
        Exit codes: 0 all selected tests passed, 1 a test failed or could not run, 2 bad usage.
        A pass whose half for a person is open (the values in your extranet, a message's wording) reads
        "passed, needs your check"; the reports carry needsCheck and check for each test.
        """;

    public static UsageCommand Create(CommandConsole console)
    {
        var line = new CertifyOptions.CommandLine();
        return new UsageCommand(Name, "Plays Mews against a channel manager's endpoints and judges every answer by the documented rules.", Name, Notes, line.Options)
        {
            UnknownOption = option => $"Unknown option {option}; see --help.",
            UnexpectedArgument = argument => $"Unexpected argument '{argument}'. Options start with --; see --help.",
            NeedsValue = option => $"{option} needs a value; see --help.",
        }.Runs(console.Errors, line.Read, (services, _) => services.AddMewsSimulator(), (options, host, cancellation) => RunAsync(options, host.Services, console, cancellation));
    }

    private static async Task<int> RunAsync(CertifyOptions options, IServiceProvider services, CommandConsole console, CancellationToken cancellation)
    {
        try
        {
            return await RunCoreAsync(options, services, console.Output, console.Errors, cancellation);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // CI reads the exit code: a bug of ours must still end in "failed", with what happened, not a crash dump.
            await console.Errors.WriteLineAsync($"certify: the run stopped on an unexpected error ({ex.GetType().Name}: {ex.Message}). Please report it.");
            return Failed;
        }
    }

    private static async Task<int> RunCoreAsync(CertifyOptions options, IServiceProvider services, TextWriter output, TextWriter errors, CancellationToken cancellation)
    {
        var loaded = LoadScope(options, services);
        if (loaded is not { Succeeded: true, Value: { } scope })
        {
            await errors.WriteLineAsync($"certify: {loaded.Message}");
            return BadUsage;
        }

        var settings = new HarnessSettings { TimeoutSeconds = options.TimeoutSeconds, ResponseBudgetSeconds = Math.Min(10, options.TimeoutSeconds) };
        using var http = CmRequestSender.CreateHttpClient(new OutboundNetworkRule(allowLoopback: true, options.AllowedNetworks));
        var runner = new HarnessRunner(new CmRequestSender(http), settings, services.GetRequiredService<TimeProvider>());
        var endpoints = CmEndpoints.FromBase(options.CmBaseUrl);
        var results = new List<HarnessVerdict>();
        var cancelled = false;
        foreach (var testId in options.Tests)
        {
            await errors.WriteLineAsync($"certify: {testId} …");
            try
            {
                results.Add(await runner.RunAsync(testId, endpoints, scope, null, cancellation));
            }
            catch (OperationCanceledException)
            {
                await errors.WriteLineAsync($"certify: cancelled after {results.Count} of {Counted.Of(options.Tests.Count, "test")}; the reports hold those.");
                cancelled = true;
                break;
            }
            catch (Exception ex)
            {
                // A bug of ours fails this test with what happened; the other tests still run and the reports are written.
                results.Add(HarnessVerdict.Block(testId, DateTimeOffset.UtcNow, $"The harness stopped on an unexpected error ({ex.GetType().Name}: {ex.Message}). Please report it."));
            }
        }

        try
        {
            if (options.JsonPath is not null)
                await File.WriteAllTextAsync(options.JsonPath, CertifyReports.Json(options.CmBaseUrl, results), CancellationToken.None);
            if (options.JUnitPath is not null)
                await File.WriteAllTextAsync(options.JUnitPath, CertifyReports.JUnit(results), CancellationToken.None);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The results are not lost: they go to standard output instead.
            await output.WriteAsync(CertifyConsole.Table(results));
            await errors.WriteLineAsync($"certify: the report could not be written ({ex.Message}). Choose a writable path.");
            return BadUsage;
        }
        if (options.JsonPath is null && options.JUnitPath is null)
            await output.WriteAsync(CertifyConsole.Table(results));
        else
            await output.WriteLineAsync(CertifyConsole.Summary(results));
        return !cancelled && results.All(r => r.Passed) ? Passed : Failed;
    }

    /// <returns>What to push, or what is wrong with the files, tokens or the simulator's seed (MewsSimulator:SeedFile).</returns>
    private static Result<HarnessScope> LoadScope(CertifyOptions options, IServiceProvider services)
    {
        var loaded = CommandInputs.Seed(services);
        if (loaded.Value is not { } seed)
            return loaded.As<HarnessScope>();
        var profileJson = options.ConfigPath is null ? Result.Of(seed.Response("getConfiguration").ToJsonString()) : CommandInputs.Read(options.ConfigPath, "--config");
        if (profileJson.Value is null)
            return profileJson.As<HarnessScope>();
        if (PropertyProfileData.Parse(profileJson.Value) is not { } profile)
            return Result.Invalid("--config", $"--config: {options.ConfigPath} is not a Get configuration response (it needs property, spaceCategories, ratePlans and inventoryMappings, each entry with its code).").As<HarnessScope>();

        var combinations = HarnessScope.AllPushed(profile);
        if (options.MappingPath is not null)
        {
            var text = CommandInputs.Read(options.MappingPath, "--mapping");
            if (text.Value is null)
                return text.As<HarnessScope>();
            var parsed = MappingFile.Parse(text.Value);
            if (parsed.Value is not { } file)
                return Result.Invalid("--mapping", $"--mapping: {options.MappingPath} cannot be read: {string.Join(" ", parsed.Problems.Take(5).Select(p => p.Message))}").As<HarnessScope>();
            combinations = HarnessScope.MappedIn(profile, file.Rows);
        }
        var connectionToken = options.ConnectionToken ?? new Secret(seed.Connections.FirstOrDefault(c => c.Active)?.Token ?? "");
        return Result.Of(new HarnessScope(profile, combinations, options.ClientToken ?? new Secret(seed.ClientToken), connectionToken,
            options.InactiveConnectionToken ?? HarnessScope.UnknowableToken(),
            DateOnly.FromDateTime(DateTime.UtcNow), MewsDemoBaseUrl));
    }
}
