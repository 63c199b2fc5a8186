using System.IO.Compression;
using System.Text;
using ChannelManagerDashboard.Features.PlayMews;

namespace ChannelManagerDashboard.Tests.Features.PlayMews;

public sealed class HarnessVerdictJsonTests
{
    private static byte[] Gzip(string json)
    {
        using var buffer = new MemoryStream();
        using (var zip = new GZipStream(buffer, CompressionLevel.Fastest))
            zip.Write(Encoding.UTF8.GetBytes(json));
        return buffer.ToArray();
    }

    [Fact]
    public void A_verdict_reads_back_as_it_was_stored()
    {
        var exchange = new ExchangeEvidence("updatePrices", "https://cm.example.com/updatePrices", DateTimeOffset.UnixEpoch, "{}", 2, 200,
            """{"success":true}""", 12, "success true", [], ["a note"], false, new ReplayTokens("B19F…F29", "C90C…B43", CurlLine.ConnectionTokenVariable));
        var result = new HarnessVerdict("INV-02", DateTimeOffset.UnixEpoch, [], ["a note"], ["a fact"], 12, 2, [exchange]);

        var read = HarnessVerdictJson.Decompress(HarnessVerdictJson.Compress(result));

        Assert.NotNull(read);
        Assert.True(read.Passed);
        Assert.Equal(exchange.ReplayCommand(), Assert.Single(read.Evidence).ReplayCommand());
        Assert.Equal(["a fact"], read.Facts);
    }

    [Theory]
    [InlineData("""{"testId":"INV-01","startedAt":"2026-11-26T00:00:00+00:00"}""")]
    [InlineData("""{"testId":"INV-01","startedAt":"2026-11-26T00:00:00+00:00","reasons":null,"notes":[],"facts":[],"latencyMs":1,"requestBytes":1,"evidence":[]}""")]
    [InlineData("not json")]
    public void A_verdict_of_another_shape_reads_as_unreadable_instead_of_nulls(string stored) =>
        Assert.Null(HarnessVerdictJson.Decompress(Gzip(stored)));

    [Fact]
    public void Bytes_that_are_not_gzip_read_as_unreadable() => Assert.Null(HarnessVerdictJson.Decompress([1, 2, 3]));
}
