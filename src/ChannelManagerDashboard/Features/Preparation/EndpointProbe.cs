namespace ChannelManagerDashboard.Features.Preparation;

/// <summary>The last probe of one P2 endpoint: the URL it went to, and whether a valid answer came back.</summary>
public class EndpointProbe
{
    public int Id { get; set; }
    public int ProjectId { get; set; }

    /// <summary>The operation path, e.g. updatePrices.</summary>
    public string Operation { get; set; } = "";
    public string Url { get; set; } = "";
    public bool Answered { get; set; }

    /// <summary>What was wrong with the answer; empty when it answered right.</summary>
    public string Problem { get; set; } = "";
    public string ProbedBy { get; set; } = "";
    public DateTimeOffset ProbedAt { get; set; }
}
