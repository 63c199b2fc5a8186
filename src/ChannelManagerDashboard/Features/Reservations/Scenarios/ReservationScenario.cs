using System.Text.Json.Nodes;

namespace ChannelManagerDashboard.Features.Reservations.Scenarios;

/// <summary>What to create in the channel manager for one test, and the Process group that booking should become.</summary>
/// <param name="Steps">Label and value, in the order a person types them into the CM.</param>
/// <param name="Payload">The complete example message; null when the configuration cannot make one (<paramref name="Problem"/> says why).</param>
public sealed record ReservationScenario(ReservationTest Test, IReadOnlyList<(string Label, string Value)> Steps, JsonObject? Payload, string? Problem)
{
    /// <summary>The example as people copy it, tokens left as placeholders.</summary>
    public string PayloadText => Payload?.ToJsonString(ScenarioBuilder.Indented) ?? "";
}
