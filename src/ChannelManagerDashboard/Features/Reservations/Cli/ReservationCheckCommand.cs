using System.Text.Json;
using System.Text.Json.Nodes;
using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Domain.Inventory;
using ChannelManagerDashboard.Features.MewsSimulator;
using ChannelManagerDashboard.Hosting.Commands;

namespace ChannelManagerDashboard.Features.Reservations.Cli;

/// <summary><c>reservation-check</c>: one Process group payload judged by a reservation test's rules, for a partner's CI.</summary>
public static class ReservationCheckCommand
{
    public const string Name = "reservation-check";
    public const int Passed = 0;
    public const int Failed = 1;
    public const int BadUsage = 2;

    private const string Notes = "Exit codes: 0 the payload passes, 1 it fails, 2 bad usage.";

    public static UsageCommand Create(CommandConsole console)
    {
        var line = new ReservationCheckOptions.CommandLine();
        return new UsageCommand(Name, "Judges one Process group payload by the payload rules of a reservation test, offline: no app, no database.", Name, Notes, line.Options)
            .Runs(console.Errors, line.Read, (services, _) => services.AddMewsSimulator(), (options, host, _) => RunAsync(options, host.Services, console.Output, console.Errors));
    }

    private static async Task<int> RunAsync(ReservationCheckOptions options, IServiceProvider services, TextWriter output, TextWriter errors)
    {
        var loaded = CommandInputs.Seed(services);
        if (loaded.Value is not { } seed)
            return await FailAsync(errors, loaded);
        var payload = CommandInputs.Read(options.PayloadPath, "--payload");
        var previous = options.PreviousPath is null ? Result.Of("{}") : CommandInputs.Read(options.PreviousPath, "--previous");
        var configText = options.ConfigPath is null ? Result.Of(seed.Response("getConfiguration").ToJsonString()) : CommandInputs.Read(options.ConfigPath, "--config");
        var channelsText = options.ChannelsPath is null ? Result.Of(seed.Response("getChannels").ToJsonString()) : CommandInputs.Read(options.ChannelsPath, "--channels");
        if (new[] { payload, previous, configText, channelsText }.FirstOrDefault(r => !r.Succeeded) is { } unreadable)
            return await FailAsync(errors, unreadable);
        if (PropertyProfileData.Parse(configText.Value!) is not { } profile)
            return await FailAsync(errors, Result.Invalid("--config", $"--config: {options.ConfigPath} is not a Get configuration response."));
        JsonNode? channels;
        try
        {
            channels = JsonNode.Parse(channelsText.Value!);
        }
        catch (JsonException)
        {
            return await FailAsync(errors, Result.Invalid("--channels", $"--channels: {options.ChannelsPath} is not JSON."));
        }

        IReadOnlyList<string> reasons;
        try
        {
            using var document = JsonDocument.Parse(payload.Value!);
            var context = BookingContext.From(profile, channels);
            reasons = options.PreviousPath is null
                ? ReservationRules.Check(options.Test, document.RootElement, null, context)
                : AgainstPrevious(options, document.RootElement, previous.Value!, context);
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
                return await FailAsync(errors, Result.Invalid("--json", $"--json: {options.JsonPath} cannot be written ({ex.Message}). Choose a writable path."));
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

    private static async Task<int> FailAsync(TextWriter errors, Result problem)
    {
        await errors.WriteLineAsync($"reservation-check: {problem.Message}");
        return BadUsage;
    }
}
