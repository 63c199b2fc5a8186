namespace ChannelManagerDashboard.Domain.Common;

/// <summary>One editable field of a form model, so concurrent edits can be merged field by field.</summary>
/// <param name="Label">How messages name the field to the user.</param>
public sealed record EditableField<T>(string Label, Func<T, object?> Get, Action<T, object?> Set)
{
    public bool Same(T a, T b) => FieldMerge.Same(Get(a), Get(b));

    public void Copy(T from, T to) => Set(to, Get(from));
}

public enum MergeDecision
{
    /// <summary>The user did not change the field: whatever is stored stays.</summary>
    KeepStored,

    /// <summary>The user changed it and nobody else did (or they made the same change): write it.</summary>
    Write,

    /// <summary>The user and someone else changed it differently since the page loaded.</summary>
    Conflict,
}

/// <summary>Three-way merging of a typed value against what the page loaded (the baseline) and what is stored now.</summary>
public static class FieldMerge
{
    public static MergeDecision Decide(object? typed, object? baseline, object? stored) =>
        Same(typed, baseline) ? MergeDecision.KeepStored
        : Same(stored, baseline) || Same(stored, typed) ? MergeDecision.Write
        : MergeDecision.Conflict;

    /// <summary>
    /// Copies the user's changes from <paramref name="typed"/> into <paramref name="stored"/> field by field, unless any
    /// field conflicts, in which case nothing is copied.
    /// </summary>
    /// <returns>The labels of the conflicting fields, and how many fields were copied.</returns>
    public static (IReadOnlyList<string> Conflicts, int Written) Merge<T>(IEnumerable<EditableField<T>> fields, T typed, T baseline, T stored)
    {
        var decisions = fields.Select(f => (Field: f, Decision: Decide(f.Get(typed), f.Get(baseline), f.Get(stored)))).ToList();
        var conflicts = decisions.Where(d => d.Decision == MergeDecision.Conflict).Select(d => d.Field.Label).ToList();
        if (conflicts.Count > 0)
            return (conflicts, 0);
        var writes = decisions.Where(d => d.Decision == MergeDecision.Write).ToList();
        foreach (var (field, _) in writes)
            field.Copy(typed, stored);
        return ([], writes.Count);
    }

    /// <summary>Values are equal; text is compared trimmed, as it is stored trimmed.</summary>
    public static bool Same(object? a, object? b) => Equals(a is string s ? s.Trim() : a, b is string t ? t.Trim() : b);

    /// <summary>
    /// Takes newly loaded values into a draft: a field the user has not touched shows the loaded value (someone
    /// else's included); a touched field keeps what was typed and the baseline it was typed against, so a later save
    /// still notices when someone else changed it too.
    /// </summary>
    public static void Rebase<T>(IEnumerable<EditableField<T>> fields, T draft, T baseline, T loaded)
    {
        foreach (var field in fields)
        {
            if (!field.Same(draft, baseline))
                continue;
            field.Copy(loaded, draft);
            field.Copy(loaded, baseline);
        }
    }
}
