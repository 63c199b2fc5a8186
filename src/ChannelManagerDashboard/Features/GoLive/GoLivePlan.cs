using ChannelManagerDashboard.Domain.Mews;

namespace ChannelManagerDashboard.Features.GoLive;

/// <summary>What a passed certification leads to: production endpoints and token, and the pilot property's dates.</summary>
public class GoLivePlan
{
    public int ProjectId { get; set; }

    /// <summary>The unique HTTPS production URLs the partner sends Mews after the pass.</summary>
    public CmEndpoints ProductionEndpoints { get; set; } = new();

    /// <summary>The production client token Mews issues, encrypted like every other token; empty until entered.</summary>
    public string ProtectedClientToken { get; set; } = "";

    /// <summary>The token's mask, so the page can show which one is kept without decrypting it.</summary>
    public string ClientTokenHint { get; set; } = "";

    public string PilotPropertyName { get; set; } = "";
    public DateOnly? PilotStart { get; set; }
    public DateOnly? PilotEnd { get; set; }
    public string UpdatedBy { get; set; } = "";
    public DateTimeOffset UpdatedAt { get; set; }
}
