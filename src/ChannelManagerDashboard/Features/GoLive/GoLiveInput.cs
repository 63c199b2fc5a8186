using ChannelManagerDashboard.Domain.Mews;

namespace ChannelManagerDashboard.Features.GoLive;

/// <summary>The go-live form as typed. An empty token keeps the stored one.</summary>
public sealed class GoLiveInput
{
    public CmEndpoints ProductionEndpoints { get; set; } = new();
    public string ClientToken { get; set; } = "";
    public string PilotPropertyName { get; set; } = "";
    public DateTime? PilotStart { get; set; }
    public DateTime? PilotEnd { get; set; }

    public static GoLiveInput From(GoLivePlan plan) => new()
    {
        ProductionEndpoints = plan.ProductionEndpoints.Copy(),
        PilotPropertyName = plan.PilotPropertyName,
        PilotStart = plan.PilotStart?.ToDateTime(TimeOnly.MinValue),
        PilotEnd = plan.PilotEnd?.ToDateTime(TimeOnly.MinValue),
    };
}
