using System.Text.Json;

namespace ChannelManagerDashboard.Features.ConnectorReview.Checks;

/// <summary>S1: Mews asks for 48 hours of the integration run against the demo, as at a real property.</summary>
public sealed class RunLengthCheck : IReviewCheck
{
    public static readonly TimeSpan Required = TimeSpan.FromHours(48);

    private ConnectorCall? first, last;

    public void Add(ConnectorCall call, JsonElement body)
    {
        if (first is null || call.TimeUtc < first.TimeUtc)
            first = call;
        if (last is null || call.TimeUtc >= last.TimeUtc)
            last = call;
    }

    public CheckResult Finish()
    {
        if (first is null || last is null)
            return new("S1", "Run length", false, false, [new("The log holds no call.", [])]);
        var span = last.TimeUtc - first.TimeUtc;
        var passed = span >= Required;
        var message = $"The run spans {(int)span.TotalHours} h {span.Minutes:00} min, from {first.TimeUtc.UtcDateTime:yyyy-MM-dd HH:mm} to {last.TimeUtc.UtcDateTime:yyyy-MM-dd HH:mm} UTC" +
                      (passed ? "." : $"; Mews asks for at least {Required.TotalHours:0} hours, set-up to day-to-day use.");
        return new("S1", "Run length", passed, false, passed ? [] : [new(message, [first.Index, last.Index])]);
    }
}
