namespace ChannelManagerDashboard.Features.PropertyProfile;

public enum DiffKind
{
    Added,
    Removed,
    Changed,
}

/// <param name="Section">Property, Space types, Rate plans, Inventory mappings, Products or Product mappings.</param>
/// <param name="Changes">For a change: each field as "name: old → new".</param>
public sealed record DiffEntry(string Section, string Key, DiffKind Kind, IReadOnlyList<string> Changes);
