namespace ChannelManagerDashboard.Domain.Common;

/// <summary>A field two people changed differently: what one typed and what the other saved.</summary>
public sealed record FieldConflict(string Label, string Yours, string Theirs)
{
    /// <summary>The fields of <paramref name="fields"/> that <see cref="FieldMerge.Merge{T}"/> would refuse.</summary>
    public static IReadOnlyList<FieldConflict> Between<T>(IEnumerable<EditableField<T>> fields, T typed, T baseline, T stored) =>
        fields.Where(f => FieldMerge.Decide(f.Get(typed), f.Get(baseline), f.Get(stored)) == MergeDecision.Conflict)
            .Select(f => new FieldConflict(Capitalized(f.Label), Text(f.Get(typed)), Text(f.Get(stored))))
            .ToList();

    private static string Capitalized(string label) => label.StartsWith("the ", StringComparison.Ordinal) ? char.ToUpperInvariant(label[4]) + label[5..] : label;

    private static string Text(object? value) => value switch
    {
        null => "",
        DateTime at => at.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString()?.Trim() ?? "",
    };
}
