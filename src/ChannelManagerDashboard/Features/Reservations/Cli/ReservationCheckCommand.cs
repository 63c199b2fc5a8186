using System.Text.Json;
using System.Text.Json.Nodes;
using ChannelManagerDashboard.Domain.Inventory;
using ChannelManagerDashboard.Features.MewsSimulator;

namespace ChannelManagerDashboard.Features.Reservations.Cli;

/// <summary><c>reservation-check</c>: one Process group payload judged by a reservation test's rules, for a partner's CI.</summary>
public static class ReservationCheckCommand
{
    public const string Name = "reservation-check";
    public const int Passed = 0;
    public const int Failed = 1;
    public const int BadUsage = 2;

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter errors, string seedPath)
    {
        var (options, error) = ReservationCheckOptions.Parse(args);
        if (options is null)
        {
            if (error is null)
            {
                await output.WriteLineAsync(ReservationCheckOptions.Usage);
                return Passed;
            }
            await errors.WriteLineAsync($"reservation-check: {error}");
            return BadUsage;
        }

        SimulatorSeed seed;
        try
        {
            seed = SimulatorSeed.Load(seedPath);
        }
        catch (InvalidDataException ex)
        {
            await errors.WriteLineAsync($"reservation-check: {ex.Message}");
            return BadUsage;
        }
        var (payload, payloadProblem) = Read(options.PayloadPath, "--payload");
        var (previous, previousProblem) = options.PreviousPath is null ? ("{}", null) : Read(options.PreviousPath, "--previous");
        var (configText, configProblem) = options.ConfigPath is null ? (seed.Response("getConfiguration").ToJsonString(), null) : Read(options.ConfigPath, "--config");
        var (channelsText, channelsProblem) = options.ChannelsPath is null ? (seed.Response("getChannels").ToJsonString(), null) : Read(options.ChannelsPath, "--channels");
        if ((payloadProblem ?? previousProblem ?? configProblem ?? channelsProblem) is { } problem)
        {
            await errors.WriteLineAsync($"reservation-check: {problem}");
            return BadUsage;
        }
        if (PropertyConfiguration.Parse(configText!) is not { } configuration)
        {
            await errors.WriteLineAsync($"reservation-check: --config: {options.ConfigPath} is not a Get configuration response.");
            return BadUsage;
        }
        JsonNode? channels;
        try
        {
            channels = JsonNode.Parse(channelsText!);
        }
        catch (JsonException)
        {
            await errors.WriteLineAsync($"reservation-check: --channels: {options.ChannelsPath} is not JSON.");
            return BadUsage;
        }

        IReadOnlyList<string> reasons;
        try
        {
            using var document = JsonDocument.Parse(payload!);
            var context = BookingContext.From(configuration, channels);
            reasons = options.PreviousPath is null
                ? ReservationRules.Check(options.Test, document.RootElement, null, context)
                : AgainstPrevious(options, document.RootElement, previous!, context);
        }
        catch (JsonException ex)
        {
            reasons = [$"The payload is not valid JSON ({ex.Message})."];
        }

        if (options.JsonPath is not null)
        {
            var verdict = new JsonObject { ["test"] = options.Test.Id, ["passed"] = reasons.Count == 0, ["reasons"] = new JsonArray([.. reasons.Select(r => JsonValue.Create(r))]) };
            try
            {
                await File.WriteAllTextAsync(options.JsonPath, verdict.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                await errors.WriteLineAsync($"reservation-check: --json: {options.JsonPath} cannot be written ({ex.Message}). Choose a writable path.");
                return BadUsage;
            }
        }
        else
        {
            await output.WriteLineAsync($"{options.Test.Id}: {(reasons.Count == 0 ? "passed" : "failed")}");
            foreach (var reason in reasons)
                await output.WriteLineAsync($"  - {reason}");
        }
        return reasons.Count == 0 ? Passed : Failed;
    }

    /// <summary>A modification or cancellation, judged against the earlier version of its group.</summary>
    private static IReadOnlyList<string> AgainstPrevious(ReservationCheckOptions options, JsonElement group, string previousText, BookingContext context)
    {
        try
        {
            using var previous = JsonDocument.Parse(previousText);
            return ReservationRules.Check(options.Test, group, previous.RootElement, context);
        }
        catch (JsonException ex)
        {
            return [$"--previous: {options.PreviousPath} is not valid JSON ({ex.Message})."];
        }
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
