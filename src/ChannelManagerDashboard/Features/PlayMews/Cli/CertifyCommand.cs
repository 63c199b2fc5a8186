using ChannelManagerDashboard.Domain.Inventory;
using ChannelManagerDashboard.Domain.Mews;
using ChannelManagerDashboard.Features.Mapping;
using ChannelManagerDashboard.Features.MewsSimulator;
using ChannelManagerDashboard.Hosting.Outbound;
using ChannelManagerDashboard.Domain.Common;

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

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter errors, CancellationToken cancellation)
    {
        try
        {
            return await RunCoreAsync(args, output, errors, cancellation);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // CI reads the exit code: a bug of ours must still end in "failed", with what happened, not a crash dump.
            await errors.WriteLineAsync($"certify: the run stopped on an unexpected error ({ex.GetType().Name}: {ex.Message}). Please report it.");
            return Failed;
        }
    }

    private static async Task<int> RunCoreAsync(IReadOnlyList<string> args, TextWriter output, TextWriter errors, CancellationToken cancellation)
    {
        var (options, error) = CertifyOptions.Parse(args);
        if (options is null)
        {
            if (error is null)
            {
                await output.WriteLineAsync(CertifyOptions.Usage);
                return Passed;
            }
            await errors.WriteLineAsync($"certify: {error}");
            return BadUsage;
        }
        var (scope, problem) = LoadScope(options, Path.Combine(AppContext.BaseDirectory, new MewsSimulatorOptions().SeedFile));
        if (scope is null)
        {
            await errors.WriteLineAsync($"certify: {problem}");
            return BadUsage;
        }

        var settings = new HarnessSettings { TimeoutSeconds = options.TimeoutSeconds, ResponseBudgetSeconds = Math.Min(10, options.TimeoutSeconds) };
        using var http = CmCaller.CreateHttpClient(new OutboundNetworkRule(allowLoopback: true, options.AllowedNetworks));
        var runner = new HarnessRunner(new CmCaller(http), settings, TimeProvider.System);
        var endpoints = CmEndpoints.FromBase(options.CmBaseUrl);
        var results = new List<HarnessResult>();
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
                results.Add(HarnessResult.Block(testId, DateTimeOffset.UtcNow, $"The harness stopped on an unexpected error ({ex.GetType().Name}: {ex.Message}). Please report it."));
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

    /// <returns>What to push, or null with what is wrong with the files or tokens.</returns>
    public static (HarnessScope? Scope, string? Problem) LoadScope(CertifyOptions options, string seedPath)
    {
        SimulatorSeed seed;
        try
        {
            seed = SimulatorSeed.Load(seedPath);
        }
        catch (InvalidDataException ex)
        {
            return (null, ex.Message);
        }
        var (configurationJson, configProblem) = options.ConfigPath is null ? (seed.Response("getConfiguration").ToJsonString(), null) : Read(options.ConfigPath, "--config");
        if (configurationJson is null)
            return (null, configProblem);
        if (PropertyConfiguration.Parse(configurationJson) is not { } configuration)
            return (null, $"--config: {options.ConfigPath} is not a Get configuration response (it needs property, spaceCategories, ratePlans and inventoryMappings, each entry with its code).");

        var combinations = HarnessScope.AllPushed(configuration);
        if (options.MappingPath is not null)
        {
            var (text, readProblem) = Read(options.MappingPath, "--mapping");
            if (text is null)
                return (null, readProblem);
            var (file, problems) = MappingFile.Parse(text);
            if (file is null)
                return (null, $"--mapping: {options.MappingPath} cannot be read: {string.Join(" ", problems.Take(5))}");
            combinations = HarnessScope.MappedIn(configuration, file.Rows);
        }
        var connectionToken = options.ConnectionToken ?? new Secret(seed.Connections.FirstOrDefault(c => c.Active)?.Token ?? "");
        var scope = new HarnessScope(configuration, combinations, options.ClientToken ?? new Secret(seed.ClientToken), connectionToken,
            options.InactiveConnectionToken ?? HarnessScope.UnknowableToken(),
            DateOnly.FromDateTime(DateTime.UtcNow), MewsDemoBaseUrl);
        return (scope, null);
    }

    private static (string? Text, string? Problem) Read(string path, string option)
    {
        try
        {
            return (File.ReadAllText(path), null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, $"{option}: {path} cannot be read ({ex.Message}).");
        }
    }
}
