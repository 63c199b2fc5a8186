using ChannelManagerDashboard.Features.ConnectorReview;

namespace ChannelManagerDashboard.Tests.Features.ConnectorReview;

public sealed class JsonLinesLogTests
{
    [Fact]
    public void An_endless_line_is_reported_not_held()
    {
        var text = new string('x', JsonLinesLog.MaxLineChars + 10) + "\n{\"a\":1}\n";

        var read = JsonLinesLog.Read(new StringReader(text)).ToList();

        Assert.Contains("longer than", read[0].Bad!.Problem);
        Assert.Equal(2, read[1].Bad!.Line);
    }
}
