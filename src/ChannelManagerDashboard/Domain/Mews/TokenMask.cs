using System.Text.RegularExpressions;

namespace ChannelManagerDashboard.Domain.Mews;

/// <summary>How tokens are shown: enough to tell two apart, never enough to use one (the docs write "C90C…B43").</summary>
public static partial class TokenMask
{
    public const string Hidden = "hidden";

    public static string Mask(string? token)
    {
        var trimmed = token?.Trim() ?? "";
        return trimmed.Length switch
        {
            0 => "",
            < 12 => new string('•', trimmed.Length),
            _ => $"{trimmed[..4]}…{trimmed[^3..]}",
        };
    }

    /// <summary>Replaces each secret in <paramref name="text"/> with its mask, in any spelling (see <see cref="SecretScrubber"/>).</summary>
    public static string Scrub(string text, IEnumerable<Secret> secrets) => new SecretScrubber(secrets).Scrub(text);

    /// <summary>
    /// <paramref name="text"/> without any mask <see cref="Mask"/> makes, for people who may not see even that much
    /// (viewers): "Hotel (C90C…B43)" becomes "Hotel", a masked value in a body becomes "hidden".
    /// </summary>
    public static string HideMasks(string text) => BareMask().Replace(QuotedMask().Replace(text, ""), Hidden);

    [GeneratedRegex(@"\s*\((?:[^\s""'()…]{4}…[^\s""'()…]{3}|•{1,11})\)")]
    private static partial Regex QuotedMask();

    [GeneratedRegex(@"[^\s""'()…]{4}…[^\s""'()…]{3}|•{1,11}")]
    private static partial Regex BareMask();
}
