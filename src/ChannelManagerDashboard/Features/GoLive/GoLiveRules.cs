using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Domain.Mews;

namespace ChannelManagerDashboard.Features.GoLive;

/// <summary>One line of the go-live checklist: done or not, and what to do when not.</summary>
public sealed record GoLiveItem(string Id, string Title, bool Done, IReadOnlyList<string> Problems);

/// <summary>
/// What a pass leads to (certification.md, "The call"): unique HTTPS production endpoint URLs, a new production client
/// token, and a pilot property with its dates.
/// </summary>
public static class GoLiveRules
{
    public static IReadOnlyList<GoLiveItem> Checklist(GoLivePlan plan, CmEndpoints demo, bool hasToken) =>
    [
        new("endpoints", "Unique HTTPS production endpoint URLs", EndpointProblems(plan.ProductionEndpoints, demo) is [] , EndpointProblems(plan.ProductionEndpoints, demo)),
        new("token", "The production client token from Mews", hasToken, hasToken ? [] : ["Enter the production client token Mews sent after the pass."]),
        new("pilot", "The pilot property", plan.PilotPropertyName.Trim().Length > 0, plan.PilotPropertyName.Trim().Length > 0 ? [] : ["Name the pilot property Mews enables."]),
        new("pilot-dates", "The pilot's start and end", PilotProblems(plan) is [], PilotProblems(plan)),
    ];

    /// <returns>Why the production URLs are not ready: each must be https, and none may be a demo URL or another's URL.</returns>
    public static IReadOnlyList<string> EndpointProblems(CmEndpoints production, CmEndpoints demo)
    {
        var problems = new List<string>();
        var demoUrls = demo.Describe().Select(d => Normalize(d.Url)).Where(u => u.Length > 0).ToHashSet();
        var seen = new Dictionary<string, string>();
        foreach (var (label, required, url) in production.Describe())
        {
            var value = url.Trim();
            if (value.Length == 0)
            {
                if (required)
                    problems.Add($"{label}: enter the production URL.");
                continue;
            }
            if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
                problems.Add($"{label}: '{value}' is not an absolute URL; write it in full, e.g. https://cm.example.com/mews/{label.Replace(" ", "", StringComparison.Ordinal)}.");
            else if (uri.Scheme != Uri.UriSchemeHttps)
                problems.Add($"{label}: production endpoints must use https, even on this machine.");
            else if (demoUrls.Contains(Normalize(value)))
                problems.Add($"{label}: this is a demo endpoint URL; production needs URLs of its own.");
            else if (seen.TryGetValue(Normalize(value), out var other))
                problems.Add($"{label}: the same URL as {other}; each operation needs its own.");
            else
                seen[Normalize(value)] = label;
        }
        return problems;
    }

    public static IReadOnlyList<string> PilotProblems(GoLivePlan plan) =>
        (plan.PilotStart, plan.PilotEnd) switch
        {
            (null, _) => ["Enter the day the pilot starts."],
            (_, null) => ["Enter the day the pilot ends (planned or actual)."],
            ({ } start, { } end) when end < start => [$"The pilot ends ({end:yyyy-MM-dd}) before it starts ({start:yyyy-MM-dd})."],
            _ => [],
        };

    /// <returns>Ok when a typed production client token can be kept, otherwise why not, on the token's field.</returns>
    public static Result CheckToken(Secret typed, Secret? demo) =>
        typed.Reveal().Any(char.IsWhiteSpace) ? TokenRefused("A client token has no spaces or line breaks: copy it again from Mews' email.")
        : typed.Reveal().Length < 8 ? TokenRefused("That is too short for a Mews client token: copy the whole token from Mews' email.")
        : demo is not null && demo.Equals(typed) ? TokenRefused("That is the demo client token; Mews issues a new client token for production.")
        : Result.Ok();

    private static Result TokenRefused(string why) => Result.Invalid(nameof(GoLiveInput.ClientToken), why);

    private static string Normalize(string url) => url.Trim().TrimEnd('/').ToLowerInvariant();
}
