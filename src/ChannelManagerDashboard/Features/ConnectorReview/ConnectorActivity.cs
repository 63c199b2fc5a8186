using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Features.Activity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace ChannelManagerDashboard.Features.ConnectorReview;

/// <summary>The Connector journey's declarations and its runs (recorded or imported) on the project's timeline.</summary>
public sealed class ConnectorActivity : IActivityDescriber
{
    private static readonly Dictionary<string, string> JourneyFields = new()
    {
        [nameof(ConnectorJourney.Registered)] = "Registered as a partner",
        [nameof(ConnectorJourney.UseCases)] = "Declared use cases",
        [nameof(ConnectorJourney.Operations)] = "Declared operations",
        [nameof(ConnectorJourney.ExpectedLoad)] = "Expected load",
        [nameof(ConnectorJourney.FormSentOn)] = "Certification form sent",
        [nameof(ConnectorJourney.TokenReceivedOn)] = "Certification token received",
        [nameof(ConnectorJourney.MewsAddress)] = "Proxy's Mews address",
        [nameof(ConnectorJourney.PublicIntegration)] = "Public integration",
        [nameof(ConnectorJourney.PilotStart)] = "Pilot start",
        [nameof(ConnectorJourney.PilotEnd)] = "Pilot end",
        [nameof(ConnectorJourney.ProductionOn)] = "Production token received",
    };

    public void Describe(EntityEntry change, ActivityDraft draft)
    {
        switch (change.Entity)
        {
            case ConnectorJourney journey:
                foreach (var (field, before, after) in ActivityDraft.Modified(change, JourneyFields.Keys))
                    draft.Add(journey.ProjectId, ActivityKind.Connector, JourneyFields[field], "changed", before, after);
                break;
            case ConnectorRun run when change.State == EntityState.Added && run.Source == RunSource.Proxy:
                draft.Add(run.ProjectId, ActivityKind.Connector, run.Name, "recording started");
                break;
            // An import is logged once it is whole, with what it holds.
            case ConnectorRun run when change.State == EntityState.Modified && run.Complete && ActivityDraft.Modified(change, [nameof(ConnectorRun.Complete)]).Any():
                draft.Add(run.ProjectId, ActivityKind.Connector, run.Name, "run added",
                    after: $"{Counted.Of(run.Requests, "call")}{(run.BadLines > 0 ? $", {Counted.Of(run.BadLines, "bad line")} left out" : "")}");
                break;
            case ConnectorRun run when change.State == EntityState.Deleted:
                draft.Add(run.ProjectId, ActivityKind.Connector, run.Name, "run deleted");
                break;
            case ConnectorRun run when ActivityDraft.Modified(change, [nameof(ConnectorRun.RecordingKey)]).Any() && run.RecordingKey is null:
                draft.Add(run.ProjectId, ActivityKind.Connector, run.Name, "recording stopped", after: $"{run.Requests} calls");
                break;
        }
    }
}
