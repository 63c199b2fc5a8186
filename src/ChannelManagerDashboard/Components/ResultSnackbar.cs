using ChannelManagerDashboard.Domain.Common;
using MudBlazor;

namespace ChannelManagerDashboard.Components;

public static class ResultSnackbar
{
    /// <summary>A page's outcome as snackbars: the problems as an error, each notice as a success.</summary>
    /// <param name="inFields">The page shows the problems on its form's fields, so no error snackbar repeats them.</param>
    public static void Report(this ISnackbar snackbar, Result result, bool inFields = false)
    {
        if (!result.Succeeded && !inFields)
            snackbar.Add(result.Message, Severity.Error);
        foreach (var notice in result.Notices)
            snackbar.Add(notice, Severity.Success);
    }
}
