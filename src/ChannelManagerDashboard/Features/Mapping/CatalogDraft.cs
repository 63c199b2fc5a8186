namespace ChannelManagerDashboard.Features.Mapping;

/// <summary>What is typed into the catalog form, owned by the page so switching tabs does not lose it.</summary>
public sealed class CatalogDraft
{
    public CmCodeKind Kind { get; set; } = CmCodeKind.Room;
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string Pasted { get; set; } = "";
    public IReadOnlyList<string> Problems { get; set; } = [];

    /// <returns>Why the pasted text is not imported as it is; null when it can be.</returns>
    public string? CheckPasted() => Pasted.Length >= ImportLimits.MaxPastedChars
        ? $"The pasted text reached the {ImportLimits.MaxPastedChars:N0}-character limit of the text box and may be cut short. Import it as a file instead."
        : null;
}
