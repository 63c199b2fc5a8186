using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Features.Activity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace ChannelManagerDashboard.Features.Preparation;

/// <summary>Steps, endpoint probes (P2) and the certification file (P8) on the project's timeline.</summary>
public sealed class PreparationActivity : IActivityDescriber
{
    public void Describe(EntityEntry change, ActivityDraft draft)
    {
        switch (change.Entity)
        {
            case StepProgress step:
                foreach (var (field, before, after) in ActivityDraft.Modified(change, [nameof(StepProgress.Status), nameof(StepProgress.Notes)],
                             value => value is StepStatus status ? PreparationService.Describe(status) : null))
                    draft.Add(step.ProjectId, ActivityKind.Step, step.StepCode, field == nameof(StepProgress.Status) ? "status" : "notes", before, after);
                break;
            case EndpointProbe probe when ActivityDraft.Modified(change, [nameof(EndpointProbe.Answered), nameof(EndpointProbe.Url)]).Any():
                draft.Add(probe.ProjectId, ActivityKind.Step, "P2 probe", probe.Answered ? $"{probe.Operation} answered right" : $"{probe.Operation} did not answer right",
                    after: probe.Answered ? probe.Url : $"{probe.Url}: {probe.Problem}");
                break;
            case CertificationFile file when change.State != EntityState.Deleted:
                draft.Add(file.ProjectId, ActivityKind.File, "P8 certification file", "uploaded", after: $"{file.FileName} ({ByteSize.Format(file.Size)})");
                break;
        }
    }
}
