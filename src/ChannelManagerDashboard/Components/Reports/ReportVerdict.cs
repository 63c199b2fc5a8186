namespace ChannelManagerDashboard.Components.Reports;

public enum VerdictTone
{
    Passed,
    Failed,
    Pending,
}

/// <summary>A verdict in words, and its tone: a colour and a symbol, so it never rests on colour alone.</summary>
public sealed record ReportVerdict(string Text, VerdictTone Tone)
{
    public string CssClass => Tone switch
    {
        VerdictTone.Passed => "passed",
        VerdictTone.Failed => "failed",
        _ => "pending",
    };

    public string Symbol => Tone switch
    {
        VerdictTone.Passed => "✓",
        VerdictTone.Failed => "✗",
        _ => "○",
    };
}

/// <summary>One line of a report's cover, e.g. "Partner ID: INT123456".</summary>
public sealed record ReportFact(string Label, string Value);

/// <summary>One count on a report's cover, e.g. "3 failed".</summary>
public sealed record ReportCount(string Label, int Value);
