using MudBlazor;

namespace ChannelManagerDashboard.Components.Dialogs;

public static class ListPrompt
{
    /// <returns>Whether the person chose <paramref name="yes"/> after reading every item.</returns>
    public static async Task<bool> ConfirmListAsync(this IDialogService dialogs, string title, string message,
        IReadOnlyList<(string Name, string Detail)> items, string yes, string no = "Cancel")
    {
        var reference = await dialogs.ShowAsync<ListConfirmDialog>(title, new DialogParameters<ListConfirmDialog>
        {
            { d => d.Title, title },
            { d => d.Message, message },
            { d => d.Items, items },
            { d => d.ConfirmText, yes },
            { d => d.CancelText, no },
        }, new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true, CloseOnEscapeKey = true });
        return await reference.Result is { Canceled: false };
    }
}
