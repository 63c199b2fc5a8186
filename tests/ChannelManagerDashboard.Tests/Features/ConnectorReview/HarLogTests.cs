using System.Text;
using ChannelManagerDashboard.Features.ConnectorReview;

namespace ChannelManagerDashboard.Tests.Features.ConnectorReview;

public sealed class HarLogTests
{
    [Fact]
    public void A_HAR_with_a_BOM_reads_and_members_of_the_wrong_kind_are_named_bad_entries()
    {
        const string good = """{"startedDateTime":"2026-11-28T08:00:00Z","time":80,"request":{"method":"POST","url":"https://api.mews-demo.com/api/connector/v1/configuration/get","postData":{"text":"{}"}},"response":{"status":200}}""";
        const string broken = """{"request":"x","response":{"status":200}}""";
        const string oddPost = """{"startedDateTime":"2026-11-28T08:00:01Z","time":80,"request":{"method":"POST","url":"https://api.mews-demo.com/api/connector/v1/configuration/get","postData":null,"headers":[5]},"response":{"status":200,"headers":"no"}}""";
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes($$$"""{"log":{"entries":[{{{good}}},{{{broken}}},{{{oddPost}}},7]}}""")).ToArray();

        var read = HarLog.Read(new MemoryStream(bytes)).ToList();

        Assert.Equal(4, read.Count);
        Assert.NotNull(read[0].Request);
        Assert.Equal((2, "entry 2 has no request and response objects."), (read[1].Bad!.Line, read[1].Bad!.Problem));
        Assert.Equal("", read[2].Request!.RequestBody);
        Assert.Equal(4, read[3].Bad!.Line);
    }
}
