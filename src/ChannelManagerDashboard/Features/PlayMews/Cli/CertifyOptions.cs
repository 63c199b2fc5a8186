using System.CommandLine;
using System.Globalization;
using System.Net;
using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Domain.Mews;
using ChannelManagerDashboard.Hosting.Outbound;

namespace ChannelManagerDashboard.Features.PlayMews.Cli;

/// <summary>The <c>certify</c> command's options, exactly as README and --help list them.</summary>
public sealed record CertifyOptions
{
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
    public IReadOnlyList<IPNetwork> AllowedNetworks { get; init; } = [];
    public string? JsonPath { get; init; }
    public string? JUnitPath { get; init; }

    private Result<CertifyOptions> Checked()
    {
        if (CmBaseUrl.Length == 0)
            return Invalid("--cm-base-url", "--cm-base-url is required, e.g. --cm-base-url https://cm.example.com/mews.");
        if (EndpointUrlRule.Check(CmBaseUrl, required: true) is { } urlProblem)
            return Invalid("--cm-base-url", $"--cm-base-url: {urlProblem}");
        if (Tests.Count == 0)
            return Invalid("--tests", "--tests names no test; list IDs such as INV-01,ERR-03.");
        if (Tests.Contains(SystemErrorSheet.TestId))
            return Invalid("--tests", "ERR-01 is a document (your system error codes and messages), not a push: check it on the dashboard's Play Mews page.");
        var unknown = Tests.Where(t => HarnessTests.Find(t) is null).ToList();
        if (unknown.Count > 0)
            return Invalid("--tests", $"--tests: unknown {Counted.Noun(unknown.Count, "test")} {string.Join(", ", unknown)}. Known: {string.Join(", ", HarnessTests.All.Select(t => t.Id))}.");
        foreach (var (option, path) in new[] { ("--config", ConfigPath), ("--mapping", MappingPath) })
        {
            if (path is not null && !File.Exists(path))
                return Invalid(option, $"{option}: the file {path} does not exist.");
        }
        foreach (var (option, path) in new[] { ("--json", JsonPath), ("--junit", JUnitPath) })
        {
            if (path is not null && Path.GetDirectoryName(Path.GetFullPath(path)) is { } folder && !Directory.Exists(folder))
                return Invalid(option, $"{option}: the folder {folder} does not exist; create it or write the report elsewhere.");
        }
        if (ClientToken?.IsEmpty == true || ConnectionToken?.IsEmpty == true || InactiveConnectionToken?.IsEmpty == true)
            return Invalid(Result.Whole, "A token option was given an empty value.");
        return Result.Of(this);
    }

    private static Result<CertifyOptions> Invalid(string option, string message) => Result.Invalid(option, message).As<CertifyOptions>();

    /// <summary>The options as the command line names them, with their help, and what was given read into <see cref="CertifyOptions"/>.</summary>
    public sealed class CommandLine
    {
        private readonly Option<string> cmBaseUrl = new("--cm-base-url")
        {
            HelpName = "URL",
            Description = "The CM's base URL; Mews calls {URL}/updateAvailability, /updatePrices, /updateRestrictions, /confirmGroup and " +
                "/changeNotificaton. https only (http only for localhost, 127.0.0.1 or [::1]). Required.",
        };
        private readonly Option<string> tests = new("--tests")
        {
            HelpName = "INV-01,ERR-03,...",
            Description = "The tests to run (default: INV-01..INV-06, ERR-02..ERR-05). CHN-01 (change notification, optional) runs only when named.",
        };
        private readonly Option<string> config = new("--config") { HelpName = "GETCONFIGURATION.json", Description = "A saved Get configuration response (default: the built-in simulator's)." };
        private readonly Option<string> mapping = new("--mapping")
        {
            HelpName = "MAPPING.json",
            Description = "A mapping exported from the dashboard (JSON or CSV); without it every configured combination is taken as mapped as-is.",
        };
        private readonly Option<string> clientToken = new("--client-token") { HelpName = "T", Description = "The clientToken put in every push (default: the simulator's)." };
        private readonly Option<string> connectionToken = new("--connection-token") { HelpName = "C", Description = "The connectionToken put in every push (default: the simulator's)." };
        private readonly Option<string> inactiveConnectionToken = new("--inactive-connection-token")
        {
            HelpName = "C2",
            Description = "The token ERR-05 pushes with (default: a random token the CM cannot know).",
        };
        private readonly Option<string> timeoutSeconds = new("--timeout-seconds")
        {
            HelpName = "N",
            Description = "Per-request timeout, 1-600 (default 30). An answer slower than min(N, 10) seconds fails its test.",
        };
        private readonly Option<string> allowedNetworks = new("--allowed-networks")
        {
            HelpName = "CIDR,...",
            Description = "Networks the CM may be in besides the internet and loopback, e.g. 172.16.0.0/12 for a CM in a Docker network (default: none).",
        };
        private readonly Option<string> json = new("--json") { HelpName = "report.json", Description = "Write a JSON report." };
        private readonly Option<string> junit = new("--junit") { HelpName = "report.xml", Description = "Write a JUnit XML report." };

        public IEnumerable<Option> Options => [cmBaseUrl, tests, config, mapping, clientToken, connectionToken, inactiveConnectionToken, timeoutSeconds, allowedNetworks, json, junit];

        public Result<CertifyOptions> Read(ParseResult parsed)
        {
            var options = new CertifyOptions
            {
                CmBaseUrl = parsed.GetValue(cmBaseUrl)?.Trim().TrimEnd('/') ?? "",
                ConfigPath = parsed.GetValue(config),
                MappingPath = parsed.GetValue(mapping),
                ClientToken = SecretOf(parsed.GetValue(clientToken)),
                ConnectionToken = SecretOf(parsed.GetValue(connectionToken)),
                InactiveConnectionToken = SecretOf(parsed.GetValue(inactiveConnectionToken)),
                JsonPath = parsed.GetValue(json),
                JUnitPath = parsed.GetValue(junit),
            };
            if (parsed.GetValue(tests) is { } named)
                options = options with { Tests = List(named).Select(t => t.ToUpperInvariant()).Distinct().ToList() };
            if (parsed.GetValue(timeoutSeconds) is { } timeout)
            {
                if (!int.TryParse(timeout, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || seconds is < 1 or > 600)
                    return Invalid("--timeout-seconds", $"--timeout-seconds must be a whole number from 1 to 600, not '{timeout}'.");
                options = options with { TimeoutSeconds = seconds };
            }
            if (parsed.GetValue(allowedNetworks) is { } allowed)
            {
                if (List(allowed).FirstOrDefault(n => NetworkText.Read(n) is null) is { } unreadable)
                    return Invalid("--allowed-networks", $"--allowed-networks: '{unreadable}' is not a network in CIDR notation, such as 172.16.0.0/12.");
                options = options with { AllowedNetworks = List(allowed).Select(n => NetworkText.Read(n)!.Value).ToList() };
            }
            return options.Checked();
        }

        private static Secret? SecretOf(string? value) => value is null ? null : new Secret(value);

        private static string[] List(string value) => value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }
}
