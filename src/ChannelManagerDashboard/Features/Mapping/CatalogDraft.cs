using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Domain.Inventory;

namespace ChannelManagerDashboard.Features.Mapping;

/// <summary>What is typed into the catalog form, owned by the page so switching tabs does not lose it.</summary>
public sealed class CatalogDraft
{
    public CmCodeKind Kind { get; set; } = CmCodeKind.Room;
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string Pasted { get; set; } = "";
    public IReadOnlyList<string> Problems { get; set; } = [];

    /// <summary>Adds the typed code unless it breaks a rule, and empties the form once it is added.</summary>
    /// <returns>Why the typed code was not added; null when it was, or the edit said why itself.</returns>
    public async Task<string?> AddAsync(Func<MappingEdit, Task<bool>> apply)
    {
        if (CatalogRules.Check(Code.Trim(), Name.Trim()) is { Succeeded: false } refused)
            return refused.Message;
        if (await apply(new AddCodeEdit(Kind, Code, Name)))
            (Code, Name) = ("", "");
        return null;
    }

    /// <summary>Imports the pasted text, refusing text the box may have cut short; the box empties once imported.</summary>
    public async Task ImportPastedAsync(Func<MappingEdit, Task<bool>> apply)
    {
        if (Pasted.Length >= ImportLimits.MaxPastedChars)
            Problems = [$"The pasted text reached the {ImportLimits.MaxPastedChars:N0}-character limit of the text box and may be cut short. Import it as a file instead."];
        else if (await ImportAsync(Pasted, apply))
            Pasted = "";
    }

    /// <summary>Imports an uploaded file's text, or shows why it could not be read.</summary>
    public async Task ImportFileAsync(Result<string> read, Func<MappingEdit, Task<bool>> apply)
    {
        if (read.Value is { } text)
            await ImportAsync(text, apply);
        else
            Problems = [read.Message];
    }

    /// <summary>The configuration's space types and rate plans as a starting catalog, each under its Mews code and name.</summary>
    public static ImportCatalogEdit FromMews(PropertyProfileData profile) => new([
        .. profile.SpaceTypes.Select(s => new CatalogEntry(CmCodeKind.Room, s.Code, s.Name)),
        .. profile.RatePlans.Select(r => new CatalogEntry(CmCodeKind.Rate, r.Code, r.Name)),
    ]);

    private async Task<bool> ImportAsync(string text, Func<MappingEdit, Task<bool>> apply)
    {
        var parsed = CatalogImport.Parse(text);
        Problems = [.. parsed.Problems.Select(p => p.Message)];
        return parsed.Value is { } entries && await apply(new ImportCatalogEdit(entries));
    }
}
