using System.Text.Json;
using ChannelManagerDashboard.Domain.Mews;
using ChannelManagerDashboard.Features.PropertyConnections;

namespace ChannelManagerDashboard.Tests.Domain.Mews;

public sealed class SecretTests
{
    private const string Token = "C90C8AD540EF50C0588CB8661D3D1068-7EED72DBFB9BB9C2A5C0A3C04313B43";

    [Fact]
    public void Printing_a_secret_or_a_record_that_holds_one_shows_only_the_mask()
    {
        var tokens = new ConnectionTokens(MewsEnvironment.Demo, Token, Token);

        Assert.Equal("C90C…B43", new Secret(Token).ToString());
        Assert.Equal("C90C…B43", $"{new Secret(Token)}");
        Assert.DoesNotContain(Token[..8], tokens.ToString());
        Assert.Contains("C90C…B43", tokens.ToString());
    }

    [Fact]
    public void The_wire_body_carries_the_token_itself_and_reads_it_back()
    {
        var json = JsonSerializer.Serialize(new { clientToken = new Secret($"  {Token} ") });

        Assert.Equal($$"""{"clientToken":"{{Token}}"}""", json);
        Assert.Equal(new Secret(Token), JsonSerializer.Deserialize<Dictionary<string, Secret>>(json)!["clientToken"]);
    }

    [Fact]
    public void Secrets_are_equal_by_their_text_and_an_empty_one_says_so()
    {
        Assert.Equal(new Secret(Token), new Secret($"{Token}\n"));
        Assert.NotEqual(new Secret(Token), new Secret(Token.ToLowerInvariant()));
        Assert.True(new Secret("  ").IsEmpty);
        Assert.Equal("", Secret.Empty.Mask);
    }
}
