using System.CommandLine;
using ChannelManagerDashboard.Domain.Common;

namespace ChannelManagerDashboard.Features.Reservations.Cli;

/// <summary>The <c>reservation-check</c> command's options, exactly as README and --help list them.</summary>
public sealed record ReservationCheckOptions(ReservationTest Test, string PayloadPath, string? PreviousPath, string? ConfigPath, string? ChannelsPath, string? JsonPath)
{
    /// <summary>The options as the command line names them, with their help, and what was given read into <see cref="ReservationCheckOptions"/>.</summary>
    public sealed class CommandLine
    {
        private readonly Option<string> test = new("--test")
        {
            HelpName = "RES-01",
            Description = "The test whose rules apply, RES-01 to RES-13: the new bookings RES-01 (single gross), RES-04 (single net), RES-07 and " +
                "RES-10 (multi-room) and RES-13 (with a product), the modifications RES-02, RES-05, RES-08 and RES-11, and the cancellations " +
                "RES-03, RES-06, RES-09 and RES-12. Required.",
        };
        private readonly Option<string> payload = new("--payload") { HelpName = "group.json", Description = "The Process group body the channel manager sends. Required." };
        private readonly Option<string> previous = new("--previous")
        {
            HelpName = "earlier.json",
            Description = "The earlier version of the group; required for a modification or a cancellation.",
        };
        private readonly Option<string> config = new("--config") { HelpName = "GETCONFIGURATION.json", Description = "A saved Get configuration response (default: the built-in simulator's)." };
        private readonly Option<string> channels = new("--channels") { HelpName = "GETCHANNELS.json", Description = "A saved Get channels response (default: the built-in simulator's)." };
        private readonly Option<string> json = new("--json") { HelpName = "verdict.json", Description = """Write {"test":"RES-01","passed":false,"reasons":["…"]}.""" };

        public IEnumerable<Option> Options => [test, payload, previous, config, channels, json];

        public Result<ReservationCheckOptions> Read(ParseResult parsed)
        {
            if (parsed.GetValue(test) is not { } testId || parsed.GetValue(payload) is not { } payloadPath)
                return Invalid("--test and --payload are required. Run with --help for the options.");
            if (ReservationRules.Judged.FirstOrDefault(t => t.Id == testId.Trim().ToUpperInvariant()) is not { } judged)
                return Invalid($"{testId.Trim()}: reservation-check judges {string.Join(", ", ReservationRules.Judged.Select(t => t.Id))}. ERR-06 is judged live, by what the channel manager does after Mews refuses a booking.");
            var previousPath = parsed.GetValue(previous);
            if (judged.Original is null && previousPath is not null)
                return Invalid($"{judged.Id} is a new booking: --previous is for modifications and cancellations.");
            if (judged.Original is { } original && previousPath is null)
                return Invalid($"{judged.Id} {(judged.Kind == ReservationKind.Cancellation ? "cancels" : "modifies")} the {original} booking: pass that earlier group with --previous.");
            return Result.Of(new ReservationCheckOptions(judged, payloadPath, previousPath, parsed.GetValue(config), parsed.GetValue(channels), parsed.GetValue(json)));
        }

        private static Result<ReservationCheckOptions> Invalid(string message) => Result.Invalid(Result.Whole, message).As<ReservationCheckOptions>();
    }
}
