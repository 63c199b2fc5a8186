using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using ChannelManagerDashboard.Domain.Inventory;
using ChannelManagerDashboard.Features.PlayMews;
using ChannelManagerDashboard.Features.PlayMews.Cli;
using ChannelManagerDashboard.Tests.Support;
using FsCheck;
using FsCheck.Fluent;

namespace ChannelManagerDashboard.Tests.Features.PlayMews;

/// <summary>
/// A channel manager that quotes the run's tokens back, anywhere in its answer and in any spelling, leaves no
/// 12-character piece of any of them in what the harness keeps or prints: evidence, reasons, summaries and reports.
/// </summary>
[Collection(HarnessCollection.Name)]
public sealed partial class TokenScrubbingPropertyTests
{
    private const int Run = 12;

    /// <summary>One generated answer: three tokens, and a body that quotes some of them in a chosen place and spelling.</summary>
    public sealed record Case(string ClientToken, string ConnectionToken, string InactiveToken, string Body)
    {
        public override string ToString() => Body;
    }

    [Fact]
    public void No_piece_of_a_token_survives_whatever_the_channel_manager_quotes_back()
    {
        var property = Prop.ForAll(Cases().ToArbitrary(), c => Task.Run(() => LeavesNoPieceAsync(c)).GetAwaiter().GetResult());
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(120), property);
    }

    private static async Task<bool> LeavesNoPieceAsync(Case generated)
    {
        await using var cm = await FakeChannelManager.StartAsync((context, _) => FakeChannelManager.JsonAsync(context, generated.Body));
        using var http = CmRequestSender.CreateHttpClient(LoopbackRule.Allowed);
        var runner = new HarnessRunner(new CmRequestSender(http), new HarnessSettings { TimeoutSeconds = 10, ResponseBudgetSeconds = 10 }, TimeProvider.System);
        var profile = PropertyProfileData.Parse(FakeChannelManager.Seed.Response("getConfiguration").ToJsonString())!;
        var scope = new HarnessScope(profile, HarnessScope.AllPushed(profile), generated.ClientToken, generated.ConnectionToken,
            generated.InactiveToken, DateOnly.FromDateTime(DateTime.UtcNow), "https://api.mews-demo.com");

        var result = await runner.RunAsync("ERR-03", cm.Endpoints, scope, null, CancellationToken.None);

        var kept = new List<string> { CertifyReports.Json(cm.BaseUrl, [result]), CertifyReports.JUnit([result]), CertifyConsole.Table([result]) };
        kept.AddRange(result.Reasons);
        kept.AddRange(result.Notes);
        foreach (var exchange in result.Evidence)
        {
            kept.AddRange([exchange.RequestBody, exchange.ResponseBody, exchange.ReplayCommand(), .. exchange.Reasons, .. exchange.Notes]);
            kept.Add(JsonSerializer.Serialize(exchange));
        }
        var readable = kept.Select(Decoded).ToList();
        return new[] { generated.ClientToken, generated.ConnectionToken, generated.InactiveToken }
            .SelectMany(token => Enumerable.Range(0, token.Length - Run + 1).Select(i => token.Substring(i, Run).ToUpperInvariant()))
            .All(piece => readable.All(text => !text.Contains(piece, StringComparison.Ordinal)));
    }

    /// <summary>Text as a reader would decode it: JSON and URL escapes undone, letter case ignored.</summary>
    private static string Decoded(string text)
    {
        var unescaped = JsonEscape().Replace(text, m => ((char)int.Parse(m.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString());
        return UrlEscape().Replace(unescaped, m => ((char)int.Parse(m.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString()).ToUpperInvariant();
    }

    private static Gen<Case> Cases() =>
        from client in Token()
        from connection in Token()
        from inactive in Token()
        from quoted in Gen.Elements(0, 1, 2)
        from spelling in Spelling(new[] { client, connection, inactive }[quoted])
        from before in Filler()
        from after in Filler()
        from shape in Gen.Elements(Shapes)
        select new Case(client, connection, inactive, shape(before + spelling + after));

    /// <summary>Mews' token shape: 32 hex digits, a dash, 31 hex digits.</summary>
    private static Gen<string> Token() =>
        from head in Gen.ArrayOf(Gen.Elements("0123456789ABCDEF".ToCharArray()), 32)
        from tail in Gen.ArrayOf(Gen.Elements("0123456789ABCDEF".ToCharArray()), 31)
        select new string(head) + "-" + new string(tail);

    /// <summary>Each character as it is, in the other case, JSON-escaped (either hex case, either letter case) or URL-encoded.</summary>
    private static Gen<string> Spelling(string token) =>
        from choices in Gen.ArrayOf(Gen.Choose(0, 6), token.Length)
        select string.Concat(token.Select((c, i) => choices[i] switch
        {
            0 => c.ToString(),
            1 => char.ToLowerInvariant(c).ToString(),
            2 => $"\\u{(int)c:x4}",
            3 => $"\\u{(int)c:X4}",
            4 => $"%{(int)c:X2}",
            5 => $"%{(int)c:x2}",
            _ => $"\\u{(int)char.ToLowerInvariant(c):x4}",
        }));

    /// <summary>Text around the token, long enough at times to put a 120-character cut inside it.</summary>
    private static Gen<string> Filler() =>
        from length in Gen.Choose(0, 160)
        from letters in Gen.ArrayOf(Gen.Elements("abc xyz:/-_.".ToCharArray()), length)
        select new string(letters);

    /// <summary>Where the quote lands: an error message, a code field, a field of its own, or a body that is not JSON.</summary>
    private static readonly Func<string, string>[] Shapes =
    [
        text => $$"""{"success":false,"errors":[{"code":10,"message":"{{text}}","categoryCode":"ZZZ"}]}""",
        text => $$"""{"success":false,"errors":[{"code":10,"message":"Unknown space type.","categoryCode":"{{text}}"}]}""",
        text => $$"""{"success":false,"errors":[{"code":3,"message":"Connection {{text}} is unknown."}]}""",
        text => $$"""{"success":true,"echo":"{{text}}"}""",
        text => $"<html><body>Error for {text}</body></html>",
    ];

    [GeneratedRegex(@"\\u([0-9a-fA-F]{4})")]
    private static partial Regex JsonEscape();

    [GeneratedRegex("%([0-9a-fA-F]{2})")]
    private static partial Regex UrlEscape();
}
