namespace ChannelManagerDashboard.Components.Reports;

/// <summary>The reports' one stylesheet, read once from the assembly so every downloaded report carries it inline.</summary>
public static class ReportStyles
{
    private static readonly Lazy<string> Text = new(() =>
    {
        using var stream = typeof(ReportStyles).Assembly.GetManifestResourceStream("ChannelManagerDashboard.Components.Reports.report.css")
            ?? throw new InvalidOperationException("The report stylesheet is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    public static string Css => Text.Value;
}
