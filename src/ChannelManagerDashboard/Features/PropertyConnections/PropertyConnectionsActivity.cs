using ChannelManagerDashboard.Domain.Mews;
using ChannelManagerDashboard.Features.Activity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace ChannelManagerDashboard.Features.PropertyConnections;

/// <summary>Picked connections and client tokens (P4) on the project's timeline; a token only as "saved".</summary>
public sealed class PropertyConnectionsActivity : IActivityDescriber
{
    public void Describe(EntityEntry change, ActivityDraft draft)
    {
        switch (change.Entity)
        {
            case PropertyConnection connection when change.State == EntityState.Added:
                draft.Add(connection.ProjectId, ActivityKind.Connection, Named(connection), "connection picked");
                break;
            case PropertyConnection connection when ActivityDraft.Modified(change, [nameof(PropertyConnection.RemovedAt)]).Any():
                draft.Add(connection.ProjectId, ActivityKind.Connection, Named(connection), connection.RemovedAt is null ? "connection used again" : "connection no longer used");
                break;
            case ClientCredential credential:
                if (change.State == EntityState.Added || ActivityDraft.Modified(change, [nameof(ClientCredential.ClientTokenHint)]).Any())
                    draft.Add(credential.ProjectId, ActivityKind.Connection, $"{credential.Environment.Label()} client token", "saved (encrypted; not shown here)");
                if (change.State == EntityState.Modified && ActivityDraft.Modified(change, [nameof(ClientCredential.RefusedAt)]).Any() && credential.RefusedAt is not null)
                    draft.Add(credential.ProjectId, ActivityKind.Connection, $"{credential.Environment.Label()} client token", "refused by Mews", after: credential.RefusedBecause);
                foreach (var (_, before, after) in ActivityDraft.Modified(change, [nameof(ClientCredential.EmployeeEmail)]))
                    draft.Add(credential.ProjectId, ActivityKind.Connection, "Employee email", "changed", before, after);
                break;
        }
    }

    private static string Named(PropertyConnection connection) =>
        connection.PropertyName + (connection.ConnectionName.Length > 0 ? " · " + connection.ConnectionName : "");
}
