using System.Security.Cryptography;
using System.Text;
using Secret = ChannelManagerDashboard.Domain.Mews.Secret;
using Microsoft.AspNetCore.DataProtection;

namespace ChannelManagerDashboard.Data;

/// <summary>Encrypts client and connection tokens for the database with the app's Data Protection keys (kept in the data folder).</summary>
public sealed class TokenProtector(IDataProtectionProvider provider)
{
    /// <summary>The keys' application name. Without one, Data Protection uses the folder the app runs from, and a moved app could not read its tokens.</summary>
    public const string ApplicationName = "ChannelManagerDashboard";

    public const string Purpose = "ChannelManagerDashboard.MewsTokens.v1";

    private readonly IDataProtector protector = provider.CreateProtector(Purpose);

    public string Protect(Secret token) => protector.Protect(token.Reveal());

    /// <returns>The token, or null when it cannot be decrypted (the keys in the data folder were lost or replaced).</returns>
    public Secret? Unprotect(string protectedToken)
    {
        try
        {
            return new Secret(protector.Unprotect(protectedToken));
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    /// <summary>A one-way fingerprint, so the same connection is recognised without decrypting every stored token.</summary>
    public static string Fingerprint(Secret token) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token.Reveal())))[..32];
}
