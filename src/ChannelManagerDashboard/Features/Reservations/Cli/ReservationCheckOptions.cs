using ChannelManagerDashboard.Domain.Common;

namespace ChannelManagerDashboard.Features.Reservations.Cli;

/// <summary>The <c>reservation-check</c> command's options, exactly as README and --help list them.</summary>
public sealed record ReservationCheckOptions(ReservationTest Test, string PayloadPath, string? PreviousPath, string? ConfigPath, string? ChannelsPath, string? JsonPath)
{
    public const string Usage = """
        Judges one Process group payload by the payload rules of a reservation test, offline: no app, no database.

        Usage:
          dotnet run --project src/ChannelManagerDashboard -- reservation-check --test RES-01 --payload group.json [options]

        Options:
          --test RES-01                   The test whose rules apply, RES-01 to RES-13: the new bookings RES-01
                                          (single gross), RES-04 (single net), RES-07 and RES-10 (multi-room) and
                                          RES-13 (with a product), the modifications RES-02, RES-05, RES-08 and
                                          RES-11, and the cancellations RES-03, RES-06, RES-09 and RES-12.
          --payload group.json            The Process group body the channel manager sends.
          --previous earlier.json         The earlier version of the group; required for a modification or a
                                          cancellation.
          --config GETCONFIGURATION.json  A saved Get configuration response (default: the built-in simulator's).
          --channels GETCHANNELS.json     A saved Get channels response (default: the built-in simulator's).
          --json verdict.json             Write {"test":"RES-01","passed":false,"reasons":["…"]}.
          -h, --help                      Show this help.

        Exit codes: 0 the payload passes, 1 it fails, 2 bad usage.
        """;

    private static readonly string[] Known = ["--test", "--payload", "--previous", "--config", "--channels", "--json"];

    /// <returns>The options; or null with what is wrong; or null and no error when help was asked for.</returns>
    public static (ReservationCheckOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        if (args is ["-h" or "--help"])
            return (null, null);
        var (values, error) = CommandLineValues.Read(args, Known);
        if (values is null)
            return (null, error);
        if (!values.TryGetValue("--test", out var test) || !values.TryGetValue("--payload", out var payload))
            return (null, "--test and --payload are required. Run with --help for the options.");
        if (ReservationRules.Judged.FirstOrDefault(t => t.Id == test.Trim().ToUpperInvariant()) is not { } judged)
            return (null, $"{test.Trim()}: reservation-check judges {string.Join(", ", ReservationRules.Judged.Select(t => t.Id))}. ERR-06 is judged live, by what the channel manager does after Mews refuses a booking.");
        var previous = values.GetValueOrDefault("--previous");
        if (judged.Original is null && previous is not null)
            return (null, $"{judged.Id} is a new booking: --previous is for modifications and cancellations.");
        if (judged.Original is { } original && previous is null)
            return (null, $"{judged.Id} {(judged.Kind == ReservationKind.Cancellation ? "cancels" : "modifies")} the {original} booking: pass that earlier group with --previous.");
        return (new ReservationCheckOptions(judged, payload, previous, values.GetValueOrDefault("--config"), values.GetValueOrDefault("--channels"), values.GetValueOrDefault("--json")), null);
    }
}
