namespace ChannelManagerDashboard.Components.Layout;

/// <summary>
/// Dark or light, as the person last chose it. Kept in a cookie rather than local storage, so the server's first
/// render already has the right colours and the page does not flash.
/// </summary>
public static class ColorScheme
{
    public const string Cookie = "cmd-dark-mode";

    public static bool IsDark(HttpContext? context) => context?.Request.Cookies[Cookie] == "true";
}
