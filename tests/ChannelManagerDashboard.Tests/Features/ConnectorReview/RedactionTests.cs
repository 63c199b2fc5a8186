using ChannelManagerDashboard.Features.ConnectorReview;

namespace ChannelManagerDashboard.Tests.Features.ConnectorReview;

/// <summary>Tokens however they are spelt, and card data, leave a body or URL before it is kept.</summary>
public sealed class RedactionTests
{
    private const string Access = "7059D2C25BF64EA681ACAB3A00B859CC-D91BFF2B1E3047A3E0DEC1D57BE1382";
    private const string Client = "E0D439EE522F44368DC78E1BFB03710C-D24FB11DBE31D4621C4817E028D9E1D";

    [Theory]
    [InlineData("""{"Client\u0054oken":"CLIENT","AccessToken":"ACCESS","Client":"Acme 1.0"}""")]
    [InlineData("""{"\u0043\u006c\u0069\u0065\u006e\u0074\u0054\u006f\u006b\u0065\u006e":"CLIENT","\u0041ccess\u0074oken":"ACCESS"}""")]
    [InlineData("""{"client_token":"CLIENT","accessTOKEN":"ACCESS"}""")]
    [InlineData("""{"Client":"Acme 1.0","Wrapper":{"List":[{"clientToken":"CLIENT"},{"Access\u0054oken":"ACCESS"}]}}""")]
    [InlineData("""{"ClientToken":"CLIENT","AccessToken":"\u0037059D2C25BF64EA681ACAB3A00B859CC-D91BFF2B1E3047A3E0DEC1D57BE1382"}""")]
    [InlineData("""{"Notes": oops, "Client\u0054oken" : "CLIENT", "Access\u0054oken": "ACCESS"}""")]
    [InlineData("""<wrapped>{"Client\u0054oken":"CLIENT","Access\u0054oken":"ACCESS"}</wrapped>""")]
    public void A_JSON_body_keeps_no_token_whatever_escapes_spell_its_name(string template)
    {
        var sent = template.Replace("CLIENT", Client, StringComparison.Ordinal).Replace("ACCESS", Access, StringComparison.Ordinal);

        var (body, hash) = TokenRedaction.Redact(sent);

        Assert.DoesNotContain("059D2C25BF64", body);
        Assert.DoesNotContain("E0D439EE522F", body);
        Assert.Contains(TokenRedaction.Redacted, body);
        Assert.Equal(TokenRedaction.Hash(Access), hash);
        // Cut off inside the AccessToken's value, as the proxy's 64 KB cut may leave it.
        Assert.DoesNotContain("059D2C25", TokenRedaction.Redact(sent[..(sent.IndexOf("059D2C25", StringComparison.Ordinal) + 12)]).Body);
    }

    [Theory]
    [InlineData("ClientToken=CLIENT&AccessToken=ACCESS&Client=Acme+1.0")]
    [InlineData("Client%54oken=CLIENT&%41ccess%54oken=ACCESS&Client=Acme+1.0")]
    [InlineData("client_token=CLIENT;access+token=ACCESS")]
    public void A_form_encoded_body_keeps_no_token(string template)
    {
        var (body, hash) = TokenRedaction.Redact(template.Replace("CLIENT", Client, StringComparison.Ordinal).Replace("ACCESS", Access, StringComparison.Ordinal));

        Assert.DoesNotContain("7059D2C25BF6", body);
        Assert.DoesNotContain("E0D439EE522F", body);
        Assert.Equal(TokenRedaction.Hash(Access), hash);
    }

    [Theory]
    [InlineData("https://api.mews-demo.com/api/connector/v1/configuration/get?Access%54oken=ACCESS&client_token=CLIENT")]
    [InlineData("https://api.mews-demo.com/api/connector/v1/configuration/get;accesstoken=ACCESS?x=1#ClientToken=CLIENT")]
    public void A_URL_keeps_no_token_in_its_query_path_parameters_or_fragment(string template)
    {
        var url = TokenRedaction.RedactUrl(template.Replace("CLIENT", Client, StringComparison.Ordinal).Replace("ACCESS", Access, StringComparison.Ordinal));

        Assert.DoesNotContain("7059D2C25BF6", url);
        Assert.DoesNotContain("E0D439EE522F", url);
        Assert.StartsWith("https://api.mews-demo.com/api/connector/v1/configuration/get", url);
    }

    [Fact]
    public void A_line_refused_for_its_URL_names_the_URL_without_its_token()
    {
        var line = $$$"""{"timeUtc":"2026-11-28T08:00:00Z","method":"POST","url":"configuration/get?Access%54oken={{{Access}}}","status":200,"durationMs":8,"requestBody":"{}"}""";

        var bad = Assert.Single(JsonLinesLog.Read(new StringReader(line))).Bad!;

        Assert.Contains("is not an absolute URL", bad.Problem);
        Assert.DoesNotContain("7059D2C25BF6", bad.Problem);
    }

    [Fact]
    public void A_credit_card_payment_keeps_the_last_four_digits_and_no_security_code()
    {
        const string sent = """{"ClientToken":"c","AccessToken":"a","Client":"Acme 1.0","CustomerId":"35d4b117-4e60-44a3-9580-c582117eff98","Amount":{"GrossValue":100,"Currency":"EUR"},"CreditCard":{"Type":"Visa","Number":"4111 1111 1111 1111","Expiration":"10/2027","Name":"Jana Nováková","Cvv":"737"},"Notes":"Reservation 1234"}""";

        var (body, _) = TokenRedaction.Redact(sent);

        Assert.Contains("\"Number\":\"************1111\"", body);
        Assert.DoesNotContain("4111 1111 1111", body);
        Assert.Contains("\"Cvv\":\"[redacted]\"", body);
        Assert.DoesNotContain("737", body);
        // Everything else keeps its bytes.
        Assert.Contains("\"CustomerId\":\"35d4b117-4e60-44a3-9580-c582117eff98\",\"Amount\":{\"GrossValue\":100,\"Currency\":\"EUR\"}", body);
        Assert.Contains("\"Name\":\"Jana Nováková\"", body);
        Assert.Contains("\"Notes\":\"Reservation 1234\"", body);
    }

    [Theory]
    [InlineData("""{"CreditCard":{"Number":5555444433331111,"CVC":737}}""", "************1111")]
    [InlineData("""{"CreditCardData":{"StorageData":"190510170631533875","Expiration":"2027-10","ObfuscatedCardNumber":"3700-0000-0000-002"}}""", "************0002")]
    [InlineData("""{"PaymentCard":{"Details":["36006666333344"],"Security\u0043ode":"737"}}""", "************3344")]
    [InlineData("""{"pan":"6445644564456445","card_cvv2":"737"}""", "************6445")]
    [InlineData("""{"CreditCard":{"Number":"4111111111111111 10/27"}}""", "************1111 10/27")]
    [InlineData("""{"CreditCard":{"Cvv":737,"Number":"41111111111111""", null)]
    [InlineData("""{"Notes": oops, "Card\u004eumber":"4111111111111111","cvv":737}""", "************1111")]
    public void Card_numbers_in_card_data_become_their_last_four_and_security_codes_go(string sent, string? masked)
    {
        var (body, _) = TokenRedaction.Redact(sent);

        Assert.DoesNotContain("737", body);
        Assert.DoesNotContain("111111111", body);
        Assert.DoesNotContain("44443333", body);
        Assert.DoesNotContain("000000000", body);
        Assert.DoesNotContain("6666333", body);
        Assert.DoesNotContain("564456445", body);
        if (masked is not null)
            Assert.Contains(masked, body);
    }

    [Fact]
    public void A_form_encoded_card_keeps_the_last_four_digits_and_no_security_code()
    {
        var (body, _) = TokenRedaction.Redact("CustomerId=35d4b117&CreditCard%5BNumber%5D=4111-1111-1111-1111&CreditCard%5Bcvc%5D=737&Amount=100");

        Assert.Equal("CustomerId=35d4b117&CreditCard%5BNumber%5D=************1111&CreditCard%5Bcvc%5D=[redacted]&Amount=100", body);
    }

    [Fact]
    public void Ids_and_numbers_that_are_not_card_numbers_are_kept()
    {
        const string sent = """{"CreditCardId":"12345678-1234-5678-9012-345678901234","CreditCardIds":["4111111111111111"],"Number":"52","ChannelNumber":"4111111111111111","Limitation":{"Count":100}}""";

        Assert.Equal(sent, TokenRedaction.Redact(sent).Body);
    }
}
