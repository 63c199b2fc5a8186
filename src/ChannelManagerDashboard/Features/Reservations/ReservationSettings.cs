using ChannelManagerDashboard.Domain.Common;

namespace ChannelManagerDashboard.Features.Reservations;

public sealed class ReservationSettings
{
    public const string Section = "Reservations";

    /// <summary>How long a reservation test waits for the channel manager's Process group.</summary>
    public int WaitMinutes { get; set; } = 15;

    /// <summary>ERR-06: how long after refusing a booking the simulator watches for the same booking to come again.</summary>
    public int ResendWatchSeconds { get; set; } = 120;

    public Result Validate() =>
        WaitMinutes is < 1 or > 24 * 60 ? Result.Invalid(nameof(WaitMinutes), "WaitMinutes must be 1 to 1440.")
        : ResendWatchSeconds is < 1 or > 24 * 3600 ? Result.Invalid(nameof(ResendWatchSeconds), "ResendWatchSeconds must be 1 to 86400.")
        : Result.Ok();
}
