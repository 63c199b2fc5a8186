using ChannelManagerDashboard.Domain.Common;

namespace ChannelManagerDashboard.Tests.Domain.Common;

public sealed class ReadableJsonTests
{
    [Fact]
    public void Small_JSON_is_indented_and_keeps_masked_tokens_readable()
    {
        var readable = ReadableJson.Readable("""{"clientToken":"B19F…F29","success":true}""");

        Assert.Equal("{\n  \"clientToken\": \"B19F…F29\",\n  \"success\": true\n}", readable.ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData("<!DOCTYPE html><html>Down</html>")]
    [InlineData("")]
    public void What_is_not_JSON_is_shown_as_it_came(string body) => Assert.Equal(body, ReadableJson.Readable(body));

    [Fact]
    public void A_body_too_large_to_read_whole_is_shown_as_sent()
    {
        var body = "[" + string.Join(",", Enumerable.Repeat("1", ReadableJson.IndentedUpTo)) + "]";

        Assert.Same(body, ReadableJson.Readable(body));
    }
}
