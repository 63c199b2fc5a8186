using ChannelManagerDashboard.Domain.Mews;
using ChannelManagerDashboard.Domain.Projects;
using ChannelManagerDashboard.Features.Activity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace ChannelManagerDashboard.Features.Projects;

/// <summary>A project's own fields on its timeline, the P2 URLs among them, and its archiving.</summary>
public sealed class ProjectActivity : IActivityDescriber
{
    private static readonly Dictionary<string, string> Fields = new Dictionary<string, string>
    {
        [nameof(CertificationProject.Name)] = "Project name",
        [nameof(CertificationProject.PartnerId)] = "Partner ID",
        [nameof(CertificationProject.PilotPropertyName)] = "Pilot property",
        [nameof(CertificationProject.Environment)] = "Mews environment",
        [nameof(CertificationProject.EndpointBaseUrl)] = "Endpoint base URL",
        [nameof(CertificationProject.ContactPerson)] = "Contact person",
        [nameof(CertificationProject.TechnicalDetails)] = "P1 technical details",
        [nameof(CertificationProject.CertificationCallAt)] = "P9 call time",
        [nameof(CertificationProject.CertificationCallTimeZone)] = "P9 time zone",
    }.Concat(CmEndpoints.Properties.Select((property, i) => KeyValuePair.Create(property, $"P2 {CmEndpoints.Operations[i].Label} URL"))).ToDictionary();

    public void Describe(EntityEntry change, ActivityDraft draft)
    {
        switch (change.Entity)
        {
            case CertificationProject project when change.State == EntityState.Added:
                draft.AddCreated(project);
                break;
            case CertificationProject project:
                foreach (var (field, before, after) in ActivityDraft.Modified(change, Fields.Keys))
                    draft.Add(project.Id, ActivityKind.Project, Fields[field], "changed", before, after);
                if (ActivityDraft.Modified(change, [nameof(CertificationProject.ArchivedAt)]).Any())
                    draft.Add(project.Id, ActivityKind.Project, "Project", project.ArchivedAt is null ? "restored from the archive" : "archived");
                break;
            case CmEndpoints when ActivityDraft.ProjectOfPartOf<CertificationProject>(change) is { } projectId:
                foreach (var (field, before, after) in ActivityDraft.Modified(change, Fields.Keys))
                    draft.Add(projectId, ActivityKind.Project, Fields[field], "changed", before, after);
                break;
        }
    }
}
