using System.Text.Json.Nodes;
using ChannelManagerDashboard.Domain.Common;

namespace ChannelManagerDashboard.Features.Reservations.Scenarios;

/// <summary>What to create in the channel manager for one test, and the Process group that booking should become.</summary>
/// <param name="Steps">Label and value, in the order a person types them into the CM.</param>
/// <param name="Example">The complete example message; invalid with the reason when the configuration cannot make one.</param>
public sealed record ReservationScenario(ReservationTest Test, IReadOnlyList<(string Label, string Value)> Steps, Result<JsonObject> Example)
{
    public JsonObject? Payload => Example.Value;

    /// <summary>The example as people copy it, tokens left as placeholders.</summary>
    public string PayloadText => Payload?.ToJsonString(ScenarioBuilder.Indented) ?? "";

    public static ReservationScenario Impossible(ReservationTest test, string reason) => new(test, [], Result.Invalid(Result.Whole, reason).As<JsonObject>());
}
