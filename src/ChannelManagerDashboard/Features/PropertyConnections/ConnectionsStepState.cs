using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Domain.Mews;

namespace ChannelManagerDashboard.Features.PropertyConnections;

/// <summary>What P4's step shows and does: the saved view, what Get properties offered, the picks and the last problem.</summary>
public sealed class ConnectionsStepState(ConnectionService connections, PropertiesService properties, int projectId, CredentialsDraft draft)
{
    private readonly HashSet<OfferedConnection> picked = [];

    public ConnectionsView? View { get; private set; }
    public string? Error { get; private set; }
    public IReadOnlyList<string> Warnings { get; private set; } = [];
    public bool Busy { get; private set; }
    public IReadOnlyList<OfferedConnection> Offered { get; private set; } = [];
    public IReadOnlyList<string> WithoutConnection { get; private set; } = [];
    public IReadOnlyCollection<OfferedConnection> Picked => picked;

    /// <summary>What Get properties answered, to move focus to once it shows: it may open below the fold.</summary>
    public string? FocusNext { get; private set; }

    public async Task LoadAsync()
    {
        View = await connections.LoadAsync(projectId);
        if (View is not null)
            draft.Load(View);
    }

    /// <summary>Whether this state is for that project and draft: a new project or draft starts afresh.</summary>
    public bool Serves(int project, CredentialsDraft entries) => project == projectId && ReferenceEquals(entries, draft);

    public bool IsPicked(OfferedConnection connection) => picked.Contains(connection);

    public void Toggle(OfferedConnection connection, bool on)
    {
        if (on)
            picked.Add(connection);
        else
            picked.Remove(connection);
    }

    /// <returns>The element to focus once it shows, taken once.</returns>
    public string? TakeFocus()
    {
        var next = FocusNext;
        FocusNext = null;
        return next;
    }

    public Task FetchAsync(string who) => WhileBusyAsync(async () =>
    {
        Error = null;
        var fetch = await properties.FetchAsync(projectId, new Secret(draft.ClientToken), draft.Email, who);
        (Error, Warnings) = (fetch.Succeeded ? null : fetch.Message, fetch.Warnings);
        Offered = fetch.Value?.Connections ?? [];
        WithoutConnection = fetch.Value?.PropertiesWithoutConnection ?? [];
        picked.Clear();
        picked.UnionWith(Offered.Where(c => c.AlreadyChosen));
        FocusNext = Error is not null ? "p4-error" : Offered.Count > 0 ? "p4-offered" : null;
        View = await connections.LoadAsync(projectId);
        if (View is not null)
            draft.AfterSave(View);
    });

    /// <returns>What the snackbar says, and whether it went well.</returns>
    public async Task<(string Message, bool Succeeded)> UseAsync(IReadOnlyList<OfferedConnection> chosen, string who)
    {
        Result result = Result.Ok();
        await WhileBusyAsync(async () =>
        {
            result = await connections.UseConnectionsAsync(projectId, chosen, who);
            if (result.Succeeded)
                Offered = [];
            View = await connections.LoadAsync(projectId);
        });
        return Report(result, $"This project now uses {Counted.Of(chosen.Count, "connection")}.");
    }

    /// <inheritdoc cref="UseAsync"/>
    public async Task<(string Message, bool Succeeded)> RemoveAsync(int connectionId, string who)
    {
        Result result = Result.Ok();
        await WhileBusyAsync(async () =>
        {
            result = await connections.RemoveAsync(projectId, connectionId, who);
            View = await connections.LoadAsync(projectId);
        });
        return Report(result, "The connection is no longer used. Its snapshots are kept.");
    }

    private (string Message, bool Succeeded) Report(Result result, string success)
    {
        Error = result.Succeeded ? null : result.Message;
        return (string.Join(" ", result.Notices.Concat(result.Warnings).Prepend(result.Succeeded ? success : Error!)), result.Succeeded);
    }

    private async Task WhileBusyAsync(Func<Task> work)
    {
        Busy = true;
        try
        {
            await work();
        }
        finally
        {
            Busy = false;
        }
    }
}
