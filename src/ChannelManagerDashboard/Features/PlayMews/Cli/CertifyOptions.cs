using System.Globalization;
using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Domain.Mews;
using ChannelManagerDashboard.Hosting.Outbound;

namespace ChannelManagerDashboard.Features.PlayMews.Cli;

/// <summary>The <c>certify</c> command's options, exactly as README and --help list them.</summary>
public sealed record CertifyOptions
{
    public const string Usage = """
        Plays Mews against a channel manager's endpoints and judges every answer by the documented rules.

        Usage:
          dotnet run --project src/ChannelManagerDashboard -- certify --cm-base-url URL [options]

        Options:
          --cm-base-url URL               The CM's base URL; Mews calls {URL}/updateAvailability, /updatePrices,
                                          /updateRestrictions, /confirmGroup and /changeNotificaton. https only
                                          (http only for localhost, 127.0.0.1 or [::1]).
          --tests INV-01,ERR-03,...       The tests to run (default: INV-01..INV-06, ERR-02..ERR-05).
                                          CHN-01 (change notification, optional) runs only when named.
          --config GETCONFIGURATION.json  A saved Get configuration response (default: the built-in simulator's).
          --mapping MAPPING.json          A mapping exported from the dashboard (JSON or CSV); without it every
                                          configured combination is taken as mapped as-is.
          --client-token T                The clientToken put in every push (default: the simulator's).
          --connection-token C            The connectionToken put in every push (default: the simulator's).
          --inactive-connection-token C2  The token ERR-05 pushes with (default: a random token the CM cannot know).
          --timeout-seconds N             Per-request timeout, 1-600 (default 30). An answer slower than
                                          min(N, 10) seconds fails its test.
          --allowed-networks CIDR,...     Networks the CM may be in besides the internet and loopback, e.g.
                                          172.16.0.0/12 for a CM in a Docker network (default: none).
          --json report.json              Write a JSON report.
          --junit report.xml              Write a JUnit XML report.
          -h, --help                      Show this help.

        Exit codes: 0 all selected tests passed, 1 a test failed or could not run, 2 bad usage.
        A pass whose half for a person is open (the values in your extranet, a message's wording) reads
        "passed, needs your check"; the reports carry needsCheck and check for each test.
        """;

    public static IReadOnlyList<string> DefaultTests { get; } =
        HarnessTests.All.Where(t => t.Id != HarnessTests.ChangeNotification).Select(t => t.Id).ToList();

    public string CmBaseUrl { get; init; } = "";
    public IReadOnlyList<string> Tests { get; init; } = DefaultTests;
    public string? ConfigPath { get; init; }
    public string? MappingPath { get; init; }
    public Secret? ClientToken { get; init; }
    public Secret? ConnectionToken { get; init; }
    public Secret? InactiveConnectionToken { get; init; }
    public int TimeoutSeconds { get; init; } = 30;
    public IReadOnlyList<NetworkRange> AllowedNetworks { get; init; } = [];
    public string? JsonPath { get; init; }
    public string? JUnitPath { get; init; }

    /// <returns>The options; or null with what is wrong; or null and no error when help was asked for.</returns>
    public static (CertifyOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        var options = new CertifyOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name is "-h" or "--help")
                return (null, null);
            if (!name.StartsWith("--", StringComparison.Ordinal))
                return (null, $"Unexpected argument '{name}'. Options start with --; see --help.");
            if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                return (null, $"{name} needs a value; see --help.");
            var value = args[++i];
            switch (name)
            {
                case "--cm-base-url": options = options with { CmBaseUrl = value.Trim().TrimEnd('/') }; break;
                case "--tests": options = options with { Tests = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(t => t.ToUpperInvariant()).Distinct().ToList() }; break;
                case "--config": options = options with { ConfigPath = value }; break;
                case "--mapping": options = options with { MappingPath = value }; break;
                case "--client-token": options = options with { ClientToken = new Secret(value) }; break;
                case "--connection-token": options = options with { ConnectionToken = new Secret(value) }; break;
                case "--inactive-connection-token": options = options with { InactiveConnectionToken = new Secret(value) }; break;
                case "--timeout-seconds":
                    if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || seconds is < 1 or > 600)
                        return (null, $"--timeout-seconds must be a whole number from 1 to 600, not '{value}'.");
                    options = options with { TimeoutSeconds = seconds };
                    break;
                case "--allowed-networks":
                    var networks = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                        .Select(n => (Text: n, Range: NetworkRange.TryParse(n))).ToList();
                    if (networks.FirstOrDefault(n => n.Range is null) is { Text: { } unreadable })
                        return (null, $"--allowed-networks: '{unreadable}' is not a network in CIDR notation, such as 172.16.0.0/12.");
                    options = options with { AllowedNetworks = networks.Select(n => n.Range!).ToList() };
                    break;
                case "--json": options = options with { JsonPath = value }; break;
                case "--junit": options = options with { JUnitPath = value }; break;
                default: return (null, $"Unknown option {name}; see --help.");
            }
        }
        return options.Problem() is { } problem ? (null, problem) : (options, null);
    }

    private string? Problem()
    {
        if (CmBaseUrl.Length == 0)
            return "--cm-base-url is required, e.g. --cm-base-url https://cm.example.com/mews.";
        if (EndpointUrlRule.Check(CmBaseUrl, required: true) is { } urlProblem)
            return $"--cm-base-url: {urlProblem}";
        if (Tests.Count == 0)
            return "--tests names no test; list IDs such as INV-01,ERR-03.";
        if (Tests.Contains(SystemErrorSheet.TestId))
            return "ERR-01 is a document (your system error codes and messages), not a push: check it on the dashboard's Play Mews page.";
        var unknown = Tests.Where(t => HarnessTests.Find(t) is null).ToList();
        if (unknown.Count > 0)
            return $"--tests: unknown {Counted.Noun(unknown.Count, "test")} {string.Join(", ", unknown)}. Known: {string.Join(", ", HarnessTests.All.Select(t => t.Id))}.";
        foreach (var (option, path) in new[] { ("--config", ConfigPath), ("--mapping", MappingPath) })
        {
            if (path is not null && !File.Exists(path))
                return $"{option}: the file {path} does not exist.";
        }
        foreach (var (option, path) in new[] { ("--json", JsonPath), ("--junit", JUnitPath) })
        {
            if (path is not null && Path.GetDirectoryName(Path.GetFullPath(path)) is { } folder && !Directory.Exists(folder))
                return $"{option}: the folder {folder} does not exist; create it or write the report elsewhere.";
        }
        if (ClientToken?.IsEmpty == true || ConnectionToken?.IsEmpty == true || InactiveConnectionToken?.IsEmpty == true)
            return "A token option was given an empty value.";
        return null;
    }
}
