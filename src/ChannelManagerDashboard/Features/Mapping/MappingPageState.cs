using ChannelManagerDashboard.Domain.Common;

namespace ChannelManagerDashboard.Features.Mapping;

/// <summary>
/// What the mapping page shows and does: the loaded view, the open tab, the newest edit's outcome (the edit's message
/// with its notices, or why it was refused) and someone else's conflicting change.
/// </summary>
public sealed class MappingPageState(MappingService mapping, int projectId) : IDisposable
{
    /// <summary>One edit at a time: a second drop sent while the first saves would otherwise carry a stale version and be refused as someone else's conflict.</summary>
    private readonly SemaphoreSlim saving = new(1, 1);

    public int ProjectId => projectId;

    /// <summary>The connection the link asks for; null for the first.</summary>
    public int? ConnectionQuery { get; set; }

    public MappingView? View { get; private set; }
    public bool Loaded { get; private set; }
    public Result<string>? Outcome { get; private set; }
    public string? Conflict { get; private set; }
    public CatalogDraft CatalogDraft { get; } = new();

    /// <summary>The open tab: the catalog until it has codes, then drag and drop.</summary>
    public int Tab { get; private set; } = -1;

    public async Task ReloadAsync()
    {
        (Outcome, Conflict) = (null, null);
        await LoadAsync();
    }

    /// <summary>An outcome belongs to the tab it was made on; another tab starts without it.</summary>
    public void ShowTab(int index) => (Tab, Outcome) = (index, null);

    public void Refuse(string why) => Outcome = Result.Invalid(Result.Whole, why).As<string>();

    /// <returns>Whether the edit was saved (or changed nothing), so the caller can clear what it typed.</returns>
    public Task<bool> ApplyAsync(MappingEdit edit, string who) =>
        OneAtATimeAsync(connection => mapping.ApplyAsync(projectId, connection, View!.Version, edit, who));

    public Task<bool> UndoAsync(string who) => OneAtATimeAsync(connection => mapping.UndoAsync(projectId, connection, View!.Version, who));

    public void Dispose() => saving.Dispose();

    private async Task LoadAsync()
    {
        View = await mapping.LoadAsync(projectId, ConnectionQuery);
        Loaded = true;
        if (Tab < 0 && View?.Profile is not null)
            Tab = View.State.Rooms.Count + View.State.Rates.Count == 0 ? 0 : 1;
    }

    private async Task<bool> OneAtATimeAsync(Func<int, Task<Result<string>>> save)
    {
        await saving.WaitAsync();
        try
        {
            return View?.Connection is { } connection && await ShowAsync(await save(connection.Id));
        }
        finally
        {
            saving.Release();
        }
    }

    /// <summary>Shows the outcome next to where the edit was made and reloads after a save.</summary>
    private async Task<bool> ShowAsync(Result<string> result)
    {
        switch (result.Kind)
        {
            case ResultKind.Conflict:
                Conflict = result.Message;
                break;
            case ResultKind.Done:
                (Outcome, Conflict) = (Result.Of(result.Value ?? "", [.. result.Notices, .. result.Warnings]), null);
                await LoadAsync();
                break;
            case ResultKind.Unchanged:
                Outcome = result.Notices.Count > 0 ? Result.Of(string.Join(" ", result.Notices)) : Outcome;
                break;
            default:
                Outcome = Result.Invalid(Result.Whole, result.Message).As<string>();
                break;
        }
        return result.Succeeded;
    }
}
