namespace ChannelManagerDashboard.Features.Mapping;

/// <summary>One row of a catalog import.</summary>
/// <param name="Name">Empty when the import gives none: a new code is then named after itself, a known one keeps its name.</param>
public sealed record CatalogEntry(CmCodeKind Kind, string Code, string Name)
{
    /// <returns>The state with the entries added or renamed, and how many of each.</returns>
    public static (MappingState State, int Added, int Renamed) Merge(MappingState state, IEnumerable<CatalogEntry> entries)
    {
        var (added, renamed) = (0, 0);
        foreach (var kind in Enum.GetValues<CmCodeKind>())
        {
            var codes = state.Catalog(kind).ToList();
            foreach (var entry in entries.Where(e => e.Kind == kind))
            {
                var index = codes.FindIndex(c => c.Code == entry.Code);
                if (index < 0)
                {
                    codes.Add(new CmCode(entry.Code, entry.Name.Length > 0 ? entry.Name : entry.Code));
                    added++;
                }
                else if (entry.Name.Length > 0 && codes[index].Name != entry.Name)
                {
                    codes[index] = codes[index] with { Name = entry.Name };
                    renamed++;
                }
            }
            state = state.WithCatalog(kind, codes);
        }
        return (state, added, renamed);
    }
}
