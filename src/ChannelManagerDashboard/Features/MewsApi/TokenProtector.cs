using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;

namespace ChannelManagerDashboard.Features.MewsApi;

/// <summary>Encrypts client and connection tokens for the database with the app's Data Protection keys (kept in the data folder).</summary>
public sealed class TokenProtector(IDataProtectionProvider provider)
{
    private readonly IDataProtector protector = provider.CreateProtector("ChannelManagerDashboard.MewsTokens.v1");

    public string Protect(string token) => protector.Protect(token.Trim());

    /// <returns>The token, or null when it cannot be decrypted (the keys in the data folder were lost or replaced).</returns>
    public string? Unprotect(string protectedToken)
    {
        try
        {
            return protector.Unprotect(protectedToken);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    /// <summary>A one-way fingerprint, so the same connection is recognised without decrypting every stored token.</summary>
    public static string Fingerprint(string token) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token.Trim())))[..32];
}
