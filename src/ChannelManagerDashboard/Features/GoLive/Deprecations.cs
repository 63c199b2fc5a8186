using System.Text.RegularExpressions;

namespace ChannelManagerDashboard.Features.GoLive;

/// <summary>Where a deprecated field would show: in what the channel manager sends Mews, or in its answers to Mews.</summary>
public enum DeprecationSide
{
    CmRequest,
    CmAnswer,
}

/// <summary>A deprecated field of the Channel Manager API, from the Mews deprecations page.</summary>
/// <param name="NeedsRecertification">The deprecations page says replacing it needs re-certification (contact Mews first).</param>
public sealed record Deprecation(string Field, string Replacement, bool NeedsRecertification, DeprecationSide Side, Regex Pattern);

public static partial class Deprecations
{
    public static IReadOnlyList<Deprecation> All { get; } =
    [
        new("adultCount / childCount", "guestCounts", true, DeprecationSide.CmRequest, AdultOrChildCount()),
        new("channel", "sources", false, DeprecationSide.CmRequest, Channel()),
        new("company.iata", "travelAgency.iata", false, DeprecationSide.CmRequest, CompanyIata()),
        new("loyaltyCode", "loyaltyInfo", false, DeprecationSide.CmRequest, LoyaltyCode()),
        new("error (singular, in a response)", "errors", false, DeprecationSide.CmAnswer, SingularError()),
    ];

    /// <returns>The deprecated fields a body written by the channel manager uses.</returns>
    public static IEnumerable<Deprecation> In(string body, DeprecationSide side) =>
        All.Where(d => d.Side == side && d.Pattern.IsMatch(body));

    [GeneratedRegex("\"(?:adultCount|childCount)\"\\s*:")]
    private static partial Regex AdultOrChildCount();

    [GeneratedRegex("\"channel\"\\s*:")]
    private static partial Regex Channel();

    [GeneratedRegex("\"company\"\\s*:\\s*\\{[^{}]*\"iata\"\\s*:")]
    private static partial Regex CompanyIata();

    [GeneratedRegex("\"loyaltyCode\"\\s*:")]
    private static partial Regex LoyaltyCode();

    [GeneratedRegex("\"error\"\\s*:")]
    private static partial Regex SingularError();
}
