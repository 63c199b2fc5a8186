namespace ChannelManagerDashboard.Domain.Mews;

/// <summary>How tokens are shown: enough to tell two apart, never enough to use one (the docs write "C90C…B43").</summary>
public static class TokenMask
{
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
}
