using ChannelManagerDashboard.Domain.Mews;
using ChannelManagerDashboard.Features.Activity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace ChannelManagerDashboard.Features.GoLive;

/// <summary>The go-live checklist and the change log on the project's timeline; the production token only as "saved".</summary>
public sealed class GoLiveActivity : IActivityDescriber
{
    private static readonly Dictionary<string, string> EndpointFields =
        CmEndpoints.Properties.Select((property, i) => KeyValuePair.Create(property, $"Production {CmEndpoints.Operations[i].Label} URL")).ToDictionary();

    public void Describe(EntityEntry change, ActivityDraft draft)
    {
        switch (change.Entity)
        {
            case CmEndpoints when ActivityDraft.ProjectOfPartOf<GoLivePlan>(change) is { } projectId:
                foreach (var (field, before, after) in ActivityDraft.Modified(change, EndpointFields.Keys))
                    draft.Add(projectId, ActivityKind.GoLive, EndpointFields[field], "changed", before, after);
                break;
            case GoLivePlan plan:
                if (ActivityDraft.Modified(change, [nameof(GoLivePlan.ClientTokenHint)]).Any())
                    draft.Add(plan.ProjectId, ActivityKind.GoLive, "Production client token", "saved (encrypted; not shown here)");
                foreach (var (field, before, after) in ActivityDraft.Modified(change, [nameof(GoLivePlan.PilotPropertyName), nameof(GoLivePlan.PilotStart), nameof(GoLivePlan.PilotEnd)]))
                    draft.Add(plan.ProjectId, ActivityKind.GoLive, field switch
                    {
                        nameof(GoLivePlan.PilotPropertyName) => "Pilot property",
                        nameof(GoLivePlan.PilotStart) => "Pilot start",
                        _ => "Pilot end",
                    }, "changed", before, after);
                break;
            case ChangeLogEntry entry when change.State == EntityState.Added:
                draft.Add(entry.ProjectId, ActivityKind.GoLive, "Change log", "change recorded", after: entry.Change);
                break;
            case ChangeLogEntry entry when ActivityDraft.Modified(change, [nameof(ChangeLogEntry.Answer)]).Any():
                draft.Add(entry.ProjectId, ActivityKind.GoLive, "Change log", $"needs re-certification: {entry.Answer.Label()}", after: entry.Change);
                break;
        }
    }
}
