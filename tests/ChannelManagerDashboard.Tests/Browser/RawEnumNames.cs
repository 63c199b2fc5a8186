using System.Text.RegularExpressions;
using ChannelManagerDashboard.Domain.Common;
using Microsoft.Playwright;

namespace ChannelManagerDashboard.Tests.Browser;

/// <summary>
/// Raw enum names on a page ("InProgress", "JsonLines", "GoLive"), read as a person reads the page and checked against
/// every compound member name of the app's enums, found by reflection so a new enum is covered without touching a test.
/// The browser tests that visit every page call it on their way.
/// </summary>
internal static class RawEnumNames
{
    /// <summary>Mews' own field names, which the pages quote as Mews spells them; an enum member may share the spelling.</summary>
    private static readonly HashSet<string> MewsTerms = ["AccessToken", "ClientToken"];

    /// <summary>The visible text and the values shown in fields (a select shows its value in an input).</summary>
    private const string ShownText = """
        () => document.body.innerText + '\n' + [...document.querySelectorAll('input:not([type=password]):not([type=hidden]), textarea')].map(i => i.value).join('\n')
        """;

    internal static Regex Words { get; } = new(
        @"\b(" + string.Join("|", typeof(Counted).Assembly.GetTypes().Where(t => t.IsEnum)
            .SelectMany(t => Enum.GetNames(t))
            .Where(name => Regex.IsMatch(name, "^[A-Z][a-z0-9]+[A-Z]") && !MewsTerms.Contains(name))
            .Distinct()) + @")\b");

    internal static async Task<IEnumerable<string>> OnPageAsync(IPage page, string where) =>
        Words.Matches(await page.EvaluateAsync<string>(ShownText)).Select(m => m.Value).Distinct().Select(name => $"{where}: shows the raw name {name}").ToList();
}
