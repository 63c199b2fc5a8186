using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Domain.Mews;
using ChannelManagerDashboard.Domain.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace ChannelManagerDashboard.Features.Activity;

/// <summary>
/// The timeline entries one save is about to write, which the features' describers add to. Token columns are never
/// copied: a describer records a token change as "changed" without either value.
/// </summary>
public sealed class ActivityDraft(IReadOnlyList<EntityEntry> changes, string who, DateTimeOffset at)
{
    private readonly List<ActivityEntry> entries = [];

    public IReadOnlyList<ActivityEntry> Entries => entries;

    /// <summary>Everything the save writes, for a change worded with another row of the same save.</summary>
    public IReadOnlyList<EntityEntry> Changes => changes;

    public void Add(int projectId, ActivityKind kind, string subject, string action, string? before = null, string? after = null) =>
        entries.Add(new ActivityEntry
        {
            ProjectId = projectId, At = at, Who = who, SignedIn = true, Kind = kind, Subject = subject, Action = action,
            OldValue = Cut(before), NewValue = Cut(after),
        });

    /// <summary>The entry of a new project: its id is only known after the insert, so the navigation lets EF fill it in.</summary>
    public void AddCreated(CertificationProject project) =>
        entries.Add(new ActivityEntry
        {
            Project = project, At = at, Who = who, SignedIn = true, Kind = ActivityKind.Project, Subject = "Project", Action = "created",
            NewValue = Cut(project.Name),
        });

    /// <summary>The project of a changed part stored with a <typeparamref name="TOwner"/> row (an owned type, e.g. its URLs); null for any other change.</summary>
    public static int? ProjectOfPartOf<TOwner>(EntityEntry change) =>
        change.State == EntityState.Modified && change.Metadata.FindOwnership() is { } owner && owner.PrincipalEntityType.ClrType == typeof(TOwner) &&
        change.Property(owner.Properties[0].Name).CurrentValue is int projectId ? projectId : null;

    /// <summary>The fields among <paramref name="fields"/> whose value changes, with both values as text (all of them for a new row).</summary>
    /// <param name="word">Words a feature's own values (its statuses); null leaves the value to the common wording.</param>
    public static IEnumerable<(string Field, string Before, string After)> Modified(EntityEntry change, IEnumerable<string> fields, Func<object, string?>? word = null)
    {
        foreach (var field in fields)
        {
            if (change.Metadata.FindProperty(field) is null)
                continue;
            var property = change.Property(field);
            var before = change.State == EntityState.Added ? "" : Text(property.OriginalValue, word);
            var after = Text(property.CurrentValue, word);
            if (before != after && (change.State == EntityState.Added || property.IsModified))
                yield return (field, before, after);
        }
    }

    private static string Text(object? value, Func<object, string?>? word) => value switch
    {
        null => "",
        _ when word?.Invoke(value) is { } worded => worded,
        MewsEnvironment environment => environment.Label(),
        DateTime time => time.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture),
        DateTimeOffset time => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };

    private static string Cut(string? text) => TextCut.Shorten(text ?? "", ActivityEntry.MaxValueLength);
}
