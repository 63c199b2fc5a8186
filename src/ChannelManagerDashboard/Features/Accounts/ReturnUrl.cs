using System.Globalization;
using System.Text;

namespace ChannelManagerDashboard.Features.Accounts;

/// <summary>Where to go after signing in: only a path on this site, so a crafted link cannot send a person elsewhere.</summary>
public static class ReturnUrl
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <returns>The address when it is a plain path on this site, otherwise "/".</returns>
    public static string Safe(string? returnUrl) =>
        returnUrl is ['/', var second, ..] && second is not ('/' or '\\') && IsPlain(returnUrl) && Uri.IsWellFormedUriString(returnUrl, UriKind.Relative) &&
        !returnUrl.StartsWith(AccountsExtensions.LoginPath, StringComparison.OrdinalIgnoreCase) &&
        !returnUrl.StartsWith(AccountsExtensions.LogoutPath, StringComparison.OrdinalIgnoreCase)
            ? returnUrl
            : "/";

    /// <summary>
    /// Printable ASCII without backslashes, whose %-escapes are whole and spell UTF-8 text without control characters.
    /// The address becomes a Location header, which refuses anything else with an error (a 500 for the person).
    /// </summary>
    private static bool IsPlain(string url)
    {
        var bytes = new List<byte>(url.Length);
        for (var i = 0; i < url.Length; i++)
        {
            if (url[i] is <= ' ' or >= '\x7f' or '\\')
                return false;
            if (url[i] != '%')
            {
                bytes.Add((byte)url[i]);
                continue;
            }
            if (i + 2 >= url.Length || !byte.TryParse(url.AsSpan(i + 1, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var escaped))
                return false;
            bytes.Add(escaped);
            i += 2;
        }
        try
        {
            return !Strict.GetString([.. bytes]).Any(char.IsControl);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
