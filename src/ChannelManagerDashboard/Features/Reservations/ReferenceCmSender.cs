using System.Text.Json.Nodes;
using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Domain.Mews;
using ChannelManagerDashboard.Domain.Projects;
using ChannelManagerDashboard.Features.Reservations.Scenarios;

namespace ChannelManagerDashboard.Features.Reservations;

/// <summary>
/// The built-in reference channel manager sends the test's example booking to the simulator, as a partner's CM
/// would, and remembers it so it accepts the Confirm booking. Only when P2 points at the reference CM.
/// </summary>
public sealed class ReferenceCmSender(
    ReservationSetup setup,
    ReferenceCm.ReferenceChannelManager referenceCm,
    MewsSimulator.MewsSimulator simulator,
    TimeProvider clock,
    ILogger<ReferenceCmSender> log)
{
    /// <summary>P2's confirmGroup is the built-in reference channel manager, which can send the tests' bookings itself.</summary>
    public static bool AnswersAsReferenceCm(CertificationProject project) =>
        project.Environment == MewsEnvironment.Simulator
        && Uri.TryCreate(project.Endpoints.UrlFor(CmOperation.ConfirmGroup), UriKind.Absolute, out var url)
        && url.AbsolutePath == ReferenceCm.ReferenceCmExtensions.BasePath + "/" + CmOperation.ConfirmGroup;

    public async Task<Result> SendAsync(int projectId, string testId)
    {
        if (ReservationTest.Find(testId) is not { } test)
            return Result.Invalid("Test", $"There is no reservation test '{testId}'.");
        var loaded = await setup.LoadAsync(projectId);
        var found = await setup.LiveTokensAsync(projectId, loaded?.Mapping);
        if (found.Value is not { } tokens)
            return found;
        if (loaded?.Mapping.Profile is not { } profile)
            return Result.Invalid(Result.Whole, "Fetch the property's configuration first (P5).");
        if (!AnswersAsReferenceCm(loaded.Mapping.Project))
            return Result.Invalid(Result.Whole, "P2 does not point at the reference channel manager, so it would not know the booking. Send it from your channel manager.");
        var scenario = ScenarioBuilder.Build(test, setup.Inputs(projectId, profile, loaded));
        if (scenario.Example.Value is not { } payload)
            return scenario.Example;
        payload["clientToken"] = tokens.ClientToken.Reveal();
        payload["connectionToken"] = tokens.ConnectionToken.Reveal();
        // A new id per send, as a CM gives every message its own.
        payload["messageId"] = $"{payload["messageId"]}-{clock.GetUtcNow():HHmmssfff}";
        referenceCm.RecordSent(payload["channelManagerId"]!.GetValue<string>(),
            (payload["reservations"] as JsonArray ?? []).Select(r => r?["code"]?.GetValue<string>()).OfType<string>());
        var answer = simulator.ProcessGroup("application/json", payload.ToJsonString());
        log.LogInformation("The reference CM sent the {TestId} booking in project {ProjectId}; the simulator answered {Answer}", test.Id, projectId, answer.ToJsonString());
        return Result.Ok();
    }
}
