using System.Text.RegularExpressions;

namespace ChannelManagerDashboard.Domain.Mews;

/// <summary>Where a deprecated field would show: in what the channel manager sends Mews, or in its answers to Mews.</summary>
public enum DeprecationSide
{
    CmRequest,
    CmAnswer,
}

/// <summary>A deprecated field of the Channel Manager API, from the Mews deprecations page.</summary>
/// <param name="Field">How people name it, e.g. "adultCount / childCount".</param>
/// <param name="Names">The property names that carry it; "company.iata" is iata inside company.</param>
/// <param name="NeedsRecertification">The deprecations page says replacing it needs re-certification (contact Mews first).</param>
public sealed record Deprecation(string Field, IReadOnlyList<string> Names, string Replacement, bool NeedsRecertification, DeprecationSide Side)
{
    private readonly Regex[] patterns = [.. Names.Select(Pattern)];

    /// <returns>The names of this field that <paramref name="json"/> uses. Read as text, so a body cut for size is read too.</returns>
    public IEnumerable<string> FoundIn(string json) => Names.Where((_, i) => patterns[i].IsMatch(json));

    /// <summary>A property name followed by its colon; "a.b" is b among the properties of the object a.</summary>
    private static Regex Pattern(string name) => name.Split('.') is [var parent, var child]
        ? new Regex($"\"{parent}\"\\s*:\\s*\\{{[^{{}}]*\"{child}\"\\s*:", RegexOptions.CultureInvariant)
        : new Regex($"\"{name}\"\\s*:", RegexOptions.CultureInvariant);
}

/// <summary>
/// The deprecated Channel Manager API fields a channel manager may still send or answer (deprecations/README.md): one
/// list for the booking rules, which refuse them, and for the re-certification watch, which looks for them in evidence.
/// </summary>
public static class CmDeprecations
{
    public static IReadOnlyList<Deprecation> All { get; } =
    [
        new("adultCount / childCount", ["adultCount", "childCount"], "guestCounts", true, DeprecationSide.CmRequest),
        new("channel", ["channel"], "sources", false, DeprecationSide.CmRequest),
        new("company.iata", ["company.iata"], "travelAgency.iata", false, DeprecationSide.CmRequest),
        new("loyaltyCode", ["loyaltyCode"], "loyaltyInfo", false, DeprecationSide.CmRequest),
        new("error (singular, in a response)", ["error"], "errors", false, DeprecationSide.CmAnswer),
    ];

    /// <returns>The deprecated fields a body written by the channel manager uses.</returns>
    public static IEnumerable<Deprecation> In(string body, DeprecationSide side) =>
        All.Where(d => d.Side == side && d.FoundIn(body).Any());
}
