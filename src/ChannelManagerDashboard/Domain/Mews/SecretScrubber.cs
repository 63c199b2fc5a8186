using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ChannelManagerDashboard.Domain.Mews;

/// <summary>
/// Replaces every copy of the given tokens in a text with their mask, however the copy is spelled: in any letter case,
/// and with any of its characters JSON-escaped (<c>\u0042</c>) or URL-encoded (<c>%42</c>), as a channel manager may
/// quote a token back. Text is scrubbed before it is cut, so no cut can leave a piece of a token behind.
/// </summary>
public sealed class SecretScrubber
{
    /// <summary>Shorter secrets (a typed test token) would mask ordinary words; the envelope's fields are masked by name.</summary>
    public const int MinimumLength = 8;

    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(2);
    private readonly (Regex Copy, string Mask)[] secrets;

    public SecretScrubber(IEnumerable<Secret> tokens) =>
        secrets = tokens.Select(t => t.Reveal()).Where(t => t.Length >= MinimumLength).Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(t => t.Length)
            .Select(t => (new Regex(AnySpelling(t), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchTimeout), TokenMask.Mask(t)))
            .ToArray();

    public string Scrub(string text)
    {
        foreach (var (copy, mask) in secrets)
            text = copy.Replace(text, mask);
        return text;
    }

    private static string AnySpelling(string token)
    {
        var pattern = new StringBuilder();
        foreach (var c in token)
        {
            pattern.Append("(?:").Append(Regex.Escape(c.ToString()));
            foreach (var form in new[] { char.ToLowerInvariant(c), char.ToUpperInvariant(c) }.Distinct())
            {
                var code = ((int)form).ToString("x4", CultureInfo.InvariantCulture);
                pattern.Append(@"|\\u").Append(code);
                if (form < 0x80)
                    pattern.Append("|%").Append(code[2..]);
            }
            pattern.Append(')');
        }
        return pattern.ToString();
    }
}
