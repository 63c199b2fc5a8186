namespace ChannelManagerDashboard.Features.ConnectorReview;

/// <summary>What a field's name says its value holds.</summary>
public enum SensitiveKind
{
    None,
    /// <summary>The value goes.</summary>
    ClientToken,
    /// <summary>The value goes, leaving a hash to count requests per token.</summary>
    AccessToken,
    /// <summary>A card's CVV, CVC or CSC: the value goes.</summary>
    SecurityCode,
    /// <summary>Card data (CreditCard, CardNumber, Number, Pan, …): a card number in it keeps its last four digits only.</summary>
    Card,
}

/// <summary>
/// Tells sensitive fields by name, read as loosely as a server binds them: any letter case, and separators such as
/// "_", "-", "[" or "." ignored (access_token, creditCard[cvc] and CreditCard.Number are caught too).
/// </summary>
public static class SensitiveName
{
    /// <summary>Whether the value goes whole (a token or a security code), rather than being masked or kept.</summary>
    public static bool IsSecret(this SensitiveKind kind) => kind is SensitiveKind.ClientToken or SensitiveKind.AccessToken or SensitiveKind.SecurityCode;

    public static SensitiveKind Of(ReadOnlySpan<char> name)
    {
        Span<char> buffer = name.Length <= 128 ? stackalloc char[name.Length] : new char[name.Length];
        var length = 0;
        foreach (var c in name)
        {
            if (char.IsAsciiLetterOrDigit(c))
                buffer[length++] = char.ToLowerInvariant(c);
        }
        ReadOnlySpan<char> key = buffer[..length];
        if (key is "clienttoken")
            return SensitiveKind.ClientToken;
        if (key is "accesstoken")
            return SensitiveKind.AccessToken;
        if (key.Contains("cvv", StringComparison.Ordinal) || key.Contains("cvc", StringComparison.Ordinal) || key is "csc" or "cvn"
            || key.Contains("securitycode", StringComparison.Ordinal) || key.Contains("cardverification", StringComparison.Ordinal))
            return SensitiveKind.SecurityCode;
        // CreditCardId and CreditCardIds name Mews' own ids, never card data.
        if (key.EndsWith("id", StringComparison.Ordinal) || key.EndsWith("ids", StringComparison.Ordinal))
            return SensitiveKind.None;
        return key.Contains("card", StringComparison.Ordinal) || key is "number" or "pan" or "obfuscatednumber" or "primaryaccountnumber"
            ? SensitiveKind.Card
            : SensitiveKind.None;
    }
}
