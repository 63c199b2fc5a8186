using MudBlazor;

namespace ChannelManagerDashboard.Components.Dialogs;

public static class DialogPrompts
{
    /// <returns>What was typed, trimmed, or null when the person cancelled.</returns>
    public static async Task<string?> AskTextAsync(this IDialogService dialogs, string title, string message, string label, string confirmText,
        Func<string, string?> check, int maxLength = 500)
    {
        var reference = await dialogs.ShowAsync<TextPromptDialog>(title, new DialogParameters<TextPromptDialog>
        {
            { d => d.Title, title },
            { d => d.Message, message },
            { d => d.Label, label },
            { d => d.ConfirmText, confirmText },
            { d => d.Check, check },
            { d => d.MaxLength, maxLength },
        }, new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true });
        var result = await reference.Result;
        return result is { Canceled: false, Data: string text } ? text : null;
    }

    /// <returns>Whether the person chose <paramref name="yes"/>.</returns>
    public static async Task<bool> ConfirmAsync(this IDialogService dialogs, string title, string message, string yes, string no = "Cancel") =>
        await dialogs.ShowMessageBoxAsync(title, message, yesText: yes, cancelText: no) == true;

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
