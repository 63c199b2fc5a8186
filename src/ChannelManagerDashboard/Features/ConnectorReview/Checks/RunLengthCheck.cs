using System.Globalization;
using System.Text.Json;

namespace ChannelManagerDashboard.Features.ConnectorReview.Checks;

/// <summary>S1: Mews asks for 48 hours of the integration run against the demo, as at a real property.</summary>
public sealed class RunLengthCheck : IReviewCheck
{
    public static readonly TimeSpan Required = TimeSpan.FromHours(48);

    private ConnectorRequest? first, last;

    public void Add(ConnectorRequest request, JsonElement body)
    {
        if (first is null || request.TimeUtc < first.TimeUtc)
            first = request;
        if (last is null || request.TimeUtc >= last.TimeUtc)
            last = request;
    }

    public CheckVerdict Finish()
    {
        if (first is null || last is null)
            return new("S1", "Run length", false, false, [new("The log holds no call.", [])]);
        var span = last.TimeUtc - first.TimeUtc;
        if (span >= Required)
            return new("S1", "Run length", true, false, []);
        var message = string.Create(CultureInfo.InvariantCulture, $"The run spans {Describe(span)} ({Short(Required - span)} short of {Required.TotalHours:0} hours), from {first.TimeUtc.UtcDateTime:yyyy-MM-dd HH:mm:ss} to ") +
                      string.Create(CultureInfo.InvariantCulture, $"{last.TimeUtc.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC; Mews asks for at least {Required.TotalHours:0} hours, set-up to day-to-day use.");
        return new("S1", "Run length", false, false, [new(message, [first.Index, last.Index])]);
    }

    /// <summary>Hours and minutes, with the seconds when the run is within an hour of 48, where they decide.</summary>
    private static string Describe(TimeSpan span)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalHours} h {span.Minutes:00} min");
        return Required - span < TimeSpan.FromHours(1) ? $"{text} {Tenths(span.Seconds * 1000 + span.Milliseconds)} s" : text;
    }

    // Rounded up, so a run 40 ms short never reads as 0.0 s short.
    private static string Short(TimeSpan missing) => missing < TimeSpan.FromMinutes(1)
        ? (Math.Ceiling(missing.TotalMilliseconds / 100) / 10).ToString("0.0 s", CultureInfo.InvariantCulture)
        : FrequencyCheck.Describe(missing);

    // Cut, not rounded, so 47:59:59.96 never reads as a full 48 hours.
    private static string Tenths(int milliseconds) => (milliseconds / 100 / 10.0).ToString("0.0", CultureInfo.InvariantCulture);
}
