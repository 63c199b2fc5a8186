using ChannelManagerDashboard.Domain.Common;
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

    /// <summary>The fields two people may edit at once, merged one by one (the token is written only when typed).</summary>
    public static IReadOnlyList<EditableField<GoLiveInput>> Fields { get; } =
    [
        .. CmEndpoints.Operations.Select(o => new EditableField<GoLiveInput>($"the production {o.Label} URL",
            input => input.ProductionEndpoints.UrlFor(o.Path), (input, value) => input.ProductionEndpoints.Set(o.Path, (string?)value ?? ""))),
        new("the pilot property", input => input.PilotPropertyName, (input, value) => input.PilotPropertyName = (string?)value ?? ""),
        new("the pilot start", input => input.PilotStart, (input, value) => input.PilotStart = (DateTime?)value),
        new("the pilot end", input => input.PilotEnd, (input, value) => input.PilotEnd = (DateTime?)value),
    ];

    public GoLiveInput Copy() => new()
    {
        ProductionEndpoints = ProductionEndpoints.Copy(), ClientToken = ClientToken, PilotPropertyName = PilotPropertyName, PilotStart = PilotStart, PilotEnd = PilotEnd,
    };

    public static GoLiveInput From(GoLivePlan plan) => new()
    {
        ProductionEndpoints = plan.ProductionEndpoints.Copy(),
        PilotPropertyName = plan.PilotPropertyName,
        PilotStart = plan.PilotStart?.ToDateTime(TimeOnly.MinValue),
        PilotEnd = plan.PilotEnd?.ToDateTime(TimeOnly.MinValue),
    };
}
