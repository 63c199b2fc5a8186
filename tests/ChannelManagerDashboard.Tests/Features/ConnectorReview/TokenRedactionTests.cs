using ChannelManagerDashboard.Features.ConnectorReview;

namespace ChannelManagerDashboard.Tests.Features.ConnectorReview;

public sealed class TokenRedactionTests
{
    private const string Token = "7059D2C25BF64EA681ACAB3A00B859CC-D91BFF2B1E3047A3E0DEC1D57BE1382";

    [Fact]
    public void Tokens_are_redacted_in_camelCase_and_in_a_query_string()
    {
        var (body, hash) = TokenRedaction.Redact($$"""{"accessToken":"{{Token}}","clienttoken":"abc"}""");
        Assert.DoesNotContain(Token, body);
        Assert.DoesNotContain("abc", body);
        Assert.Equal(TokenRedaction.Hash(Token), hash);

        var url = TokenRedaction.RedactUrl($"https://api.mews-demo.com/api/connector/v1/configuration/get?AccessToken={Token}&x=1");
        Assert.Equal("https://api.mews-demo.com/api/connector/v1/configuration/get?AccessToken=[redacted]&x=1", url);
    }
}
