using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Domain.Mews;
using ChannelManagerDashboard.Domain.Projects;
using ChannelManagerDashboard.Features.CertificationCall;
using ChannelManagerDashboard.Features.Configuration;
using ChannelManagerDashboard.Features.ConnectorReview;
using ChannelManagerDashboard.Features.GoLive;
using ChannelManagerDashboard.Features.Mapping;
using ChannelManagerDashboard.Features.PlayMews;
using ChannelManagerDashboard.Features.Preparation;
using ChannelManagerDashboard.Features.PropertyConnections;
using ChannelManagerDashboard.Features.TestTracker;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace ChannelManagerDashboard.Features.Activity;

/// <summary>
/// Turns what a save is about to write into timeline entries, field by field with old and new values. Token columns
/// are never copied: a token change is recorded as "changed" without either value.
/// </summary>
public static class ActivityDescriber
{
    private static readonly Dictionary<string, string> ProjectFields = new()
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
        [nameof(CmEndpoints.UpdateAvailability)] = "P2 Update availability URL",
        [nameof(CmEndpoints.UpdatePrices)] = "P2 Update prices URL",
        [nameof(CmEndpoints.UpdateRestrictions)] = "P2 Update restrictions URL",
        [nameof(CmEndpoints.ConfirmBooking)] = "P2 Confirm booking URL",
        [nameof(CmEndpoints.ChangeNotification)] = "P2 Change notification URL",
    };

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

    public static IReadOnlyList<ActivityEntry> Describe(IReadOnlyList<EntityEntry> changes, string who, DateTimeOffset at)
    {
        var entries = new List<ActivityEntry>();
        void Add(int projectId, ActivityKind kind, string subject, string action, string? before = null, string? after = null) =>
            entries.Add(new ActivityEntry
            {
                ProjectId = projectId, At = at, Who = who, SignedIn = true, Kind = kind, Subject = subject, Action = action,
                OldValue = Cut(before), NewValue = Cut(after),
            });

        foreach (var change in changes.Where(c => c.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
        {
            switch (change.Entity)
            {
                case CertificationProject project when change.State == EntityState.Added:
                    // Its id is only known after the insert: the navigation lets EF fill it in.
                    entries.Add(new ActivityEntry
                    {
                        Project = project, At = at, Who = who, SignedIn = true, Kind = ActivityKind.Project, Subject = "Project", Action = "created",
                        NewValue = Cut(project.Name),
                    });
                    break;
                case CertificationProject project:
                    foreach (var (field, before, after) in Modified(change, ProjectFields.Keys))
                        Add(project.Id, ActivityKind.Project, ProjectFields[field], "changed", before, after);
                    if (Modified(change, [nameof(CertificationProject.ArchivedAt)]).Any())
                        Add(project.Id, ActivityKind.Project, "Project", project.ArchivedAt is null ? "restored from the archive" : "archived");
                    break;
                case CmEndpoints when change.State == EntityState.Modified && change.Metadata.FindOwnership() is { } owner &&
                                      change.Property(owner.Properties[0].Name).CurrentValue is int projectId:
                    var production = owner.PrincipalEntityType.ClrType == typeof(GoLivePlan);
                    foreach (var (field, before, after) in Modified(change, ProjectFields.Keys))
                        Add(projectId, production ? ActivityKind.GoLive : ActivityKind.Project,
                            production ? ProjectFields[field].Replace("P2 ", "Production ", StringComparison.Ordinal) : ProjectFields[field], "changed", before, after);
                    break;
                case StepProgress step:
                    foreach (var (field, before, after) in Modified(change, [nameof(StepProgress.Status), nameof(StepProgress.Notes)]))
                        Add(step.ProjectId, ActivityKind.Step, step.StepCode, field == nameof(StepProgress.Status) ? "status" : "notes", before, after);
                    break;
                case TestRecord test when change.State == EntityState.Deleted:
                    Add(test.ProjectId, ActivityKind.Test, test.TestId, "reset to not run (certification starts over)");
                    break;
                case TestRecord test:
                    foreach (var (field, before, after) in Modified(change, [nameof(TestRecord.Status), nameof(TestRecord.Notes)]))
                        Add(test.ProjectId, ActivityKind.Test, test.TestId, field == nameof(TestRecord.Status) ? "status" : "notes", before, after);
                    if (change.State == EntityState.Modified && Modified(change, [nameof(TestRecord.NeedsHumanCheck)]).Any() && !test.NeedsHumanCheck)
                        Add(test.ProjectId, ActivityKind.Test, test.TestId, "checked by hand");
                    break;
                case MappingRevision revision when change.State != EntityState.Modified:
                    // An undo deletes the revision it reverts.
                    if (changes.Select(c => c.Entity).OfType<MappingSet>().FirstOrDefault(s => s.ConnectionId == revision.ConnectionId) is { } set)
                        Add(set.ProjectId, ActivityKind.Mapping, $"connection {revision.ConnectionId}",
                            change.State == EntityState.Added ? "mapping changed" : "mapping change undone", after: revision.Description);
                    break;
                case HarnessRun run when change.State == EntityState.Added:
                    Add(run.ProjectId, ActivityKind.Run, run.TestId, run.Blocked ? "ran: blocked" : run.Passed ? "ran: passed" : "ran: failed", after: run.Summary);
                    break;
                case ConfigurationSnapshot snapshot when change.State == EntityState.Added:
                    Add(snapshot.ProjectId, ActivityKind.Configuration, snapshot.PropertyName, "configuration fetched",
                        after: $"{snapshot.SpaceTypeCount} space types, {snapshot.RatePlanCount} rate plans");
                    break;
                case PropertyConnection connection when change.State == EntityState.Added:
                    Add(connection.ProjectId, ActivityKind.Connection, Named(connection), "connection picked");
                    break;
                case PropertyConnection connection when Modified(change, [nameof(PropertyConnection.RemovedAt)]).Any():
                    Add(connection.ProjectId, ActivityKind.Connection, Named(connection), connection.RemovedAt is null ? "connection used again" : "connection no longer used");
                    break;
                case ClientCredential credential:
                    if (change.State == EntityState.Added || Modified(change, [nameof(ClientCredential.ClientTokenHint)]).Any())
                        Add(credential.ProjectId, ActivityKind.Connection, $"{credential.Environment.Label()} client token", "saved (encrypted; not shown here)");
                    if (change.State == EntityState.Modified && Modified(change, [nameof(ClientCredential.RefusedAt)]).Any() && credential.RefusedAt is not null)
                        Add(credential.ProjectId, ActivityKind.Connection, $"{credential.Environment.Label()} client token", "refused by Mews", after: credential.RefusedBecause);
                    foreach (var (_, before, after) in Modified(change, [nameof(ClientCredential.EmployeeEmail)]))
                        Add(credential.ProjectId, ActivityKind.Connection, "Employee email", "changed", before, after);
                    break;
                case CallNote note when change.State != EntityState.Deleted:
                    foreach (var (field, before, after) in Modified(change, [nameof(CallNote.Minutes), nameof(CallNote.Remarks)]))
                        Add(note.ProjectId, ActivityKind.Call, note.TestId, field == nameof(CallNote.Minutes) ? "call minutes" : "Mews' remarks", before, after);
                    break;
                case CallSession session:
                    foreach (var (_, before, after) in Modified(change, [nameof(CallSession.Attendees)]))
                        Add(session.ProjectId, ActivityKind.Call, "Attendees", "changed", before, after);
                    break;
                case CallOutcome outcome when change.State == EntityState.Added:
                    Add(outcome.ProjectId, ActivityKind.Call, "Certification call", outcome.Verdict == CallVerdict.Passed ? "passed" : "failed",
                        after: $"{outcome.Date:yyyy-MM-dd}{(outcome.Notes.Length > 0 ? ": " + outcome.Notes : "")}");
                    break;
                case GoLivePlan plan:
                    if (Modified(change, [nameof(GoLivePlan.ClientTokenHint)]).Any())
                        Add(plan.ProjectId, ActivityKind.GoLive, "Production client token", "saved (encrypted; not shown here)");
                    foreach (var (field, before, after) in Modified(change, [nameof(GoLivePlan.PilotPropertyName), nameof(GoLivePlan.PilotStart), nameof(GoLivePlan.PilotEnd)]))
                        Add(plan.ProjectId, ActivityKind.GoLive, field switch
                        {
                            nameof(GoLivePlan.PilotPropertyName) => "Pilot property",
                            nameof(GoLivePlan.PilotStart) => "Pilot start",
                            _ => "Pilot end",
                        }, "changed", before, after);
                    break;
                case ChangeLogEntry entry when change.State == EntityState.Added:
                    Add(entry.ProjectId, ActivityKind.GoLive, "Change log", "change recorded", after: entry.Change);
                    break;
                case ChangeLogEntry entry when Modified(change, [nameof(ChangeLogEntry.Answer)]).Any():
                    Add(entry.ProjectId, ActivityKind.GoLive, "Change log", $"needs re-certification: {entry.Answer.Label()}", after: entry.Change);
                    break;
                case EndpointProbe probe when Modified(change, [nameof(EndpointProbe.Answered), nameof(EndpointProbe.Url)]).Any():
                    Add(probe.ProjectId, ActivityKind.Step, "P2 probe", probe.Answered ? $"{probe.Operation} answered right" : $"{probe.Operation} did not answer right",
                        after: probe.Answered ? probe.Url : $"{probe.Url}: {probe.Problem}");
                    break;
                case ConnectorJourney journey:
                    foreach (var (field, before, after) in Modified(change, JourneyFields.Keys))
                        Add(journey.ProjectId, ActivityKind.Connector, JourneyFields[field], "changed", before, after);
                    break;
                case ConnectorRun run when change.State == EntityState.Added && run.Source == RunSource.Proxy:
                    Add(run.ProjectId, ActivityKind.Connector, run.Name, "recording started");
                    break;
                // An import is logged once it is whole, with what it holds.
                case ConnectorRun run when change.State == EntityState.Modified && run.Complete && Modified(change, [nameof(ConnectorRun.Complete)]).Any():
                    Add(run.ProjectId, ActivityKind.Connector, run.Name, "run added", after: $"{Counted.Of(run.Calls, "call")}{(run.BadLines > 0 ? $", {Counted.Of(run.BadLines, "bad line")} left out" : "")}");
                    break;
                case ConnectorRun run when change.State == EntityState.Deleted:
                    Add(run.ProjectId, ActivityKind.Connector, run.Name, "run deleted");
                    break;
                case ConnectorRun run when Modified(change, [nameof(ConnectorRun.RecordingKey)]).Any() && run.RecordingKey is null:
                    Add(run.ProjectId, ActivityKind.Connector, run.Name, "recording stopped", after: $"{run.Calls} calls");
                    break;
                case CertificationFile file when change.State != EntityState.Deleted:
                    Add(file.ProjectId, ActivityKind.File, "P8 certification file", "uploaded", after: $"{file.FileName} ({ByteSize.Format(file.Size)})");
                    break;
            }
        }
        return entries;
    }

    /// <summary>The fields among <paramref name="fields"/> whose value changes, with both values as text (all of them for a new row).</summary>
    private static IEnumerable<(string Field, string Before, string After)> Modified(EntityEntry change, IEnumerable<string> fields)
    {
        foreach (var field in fields)
        {
            if (change.Metadata.FindProperty(field) is null)
                continue;
            var property = change.Property(field);
            var before = change.State == EntityState.Added ? "" : Text(property.OriginalValue);
            var after = Text(property.CurrentValue);
            if (before != after && (change.State == EntityState.Added || property.IsModified))
                yield return (field, before, after);
        }
    }

    private static string Named(PropertyConnection connection) =>
        connection.PropertyName + (connection.ConnectionName.Length > 0 ? " · " + connection.ConnectionName : "");

    private static string Text(object? value) => value switch
    {
        null => "",
        StepStatus status => PreparationService.Describe(status),
        TestStatus status => TestTrackerService.Describe(status),
        MewsEnvironment environment => environment.Label(),
        DateTime time => time.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture),
        DateTimeOffset time => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };

    private static string Cut(string? text) => TextCut.Shorten(text ?? "", ActivityEntry.MaxValueLength);
}
