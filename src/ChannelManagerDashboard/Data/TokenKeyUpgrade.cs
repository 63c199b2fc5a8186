using System.Runtime.InteropServices;
using ChannelManagerDashboard.Features.PropertyConnections;
using Secret = ChannelManagerDashboard.Domain.Mews.Secret;
using Microsoft.AspNetCore.DataProtection;

namespace ChannelManagerDashboard.Data;

/// <summary>
/// Releases before the .NET 10 rebuild set no Data Protection application name, so their tokens were encrypted under the
/// folder the app ran from (with a trailing slash). At start-up, a stored token the current keys cannot read is tried
/// under each folder an earlier version may have run from and, when one fits, encrypted again under
/// <see cref="TokenProtector.ApplicationName"/>.
/// </summary>
public sealed class TokenKeyUpgrade(DirectoryInfo keys, TokenProtector current, IReadOnlyList<string> previousContentRoots, ILogger log)
{
    public const string PreviousContentRootsKey = "Dashboard:PreviousContentRoots";

    /// <summary>Where the .NET 9 release ran from: configured folders, this binary's own folder, its net9.0 build folders in the same clone, and the Docker image's.</summary>
    public static IReadOnlyList<string> Candidates(string baseDirectory, IEnumerable<string> configured)
    {
        var candidates = configured.Where(c => c.Trim().Length > 0).Select(WithSlash).ToList();
        var own = WithSlash(baseDirectory);
        candidates.Add(own);
        var marker = $"{Path.DirectorySeparatorChar}net10.0{Path.DirectorySeparatorChar}";
        if (own.EndsWith(marker, StringComparison.Ordinal) && Path.GetDirectoryName(Path.GetDirectoryName(own.TrimEnd(Path.DirectorySeparatorChar))) is { } bin)
        {
            foreach (var configuration in new[] { "Debug", "Release" })
                candidates.Add(WithSlash(Path.Combine(bin, configuration, "net9.0", RuntimeInformation.RuntimeIdentifier)));
        }
        candidates.Add("/app/");
        return candidates.Distinct().ToList();
    }

    /// <returns>How many tokens were encrypted again, and how many no candidate could read.</returns>
    public async Task<(int Upgraded, int Unreadable)> RunAsync(DashboardDbContext db)
    {
        var (credentials, connections) = await db.EveryTokenHolderAsync();
        var stored = credentials.Select(c => new Stored(() => c.ProtectedClientToken, v => c.ProtectedClientToken = v))
            .Concat(connections.Select(c => new Stored(() => c.ProtectedToken, v => c.ProtectedToken = v)))
            .Where(s => current.Unprotect(s.Get()) is null)
            .ToList();
        if (stored.Count == 0)
            return (0, 0);

        var legacy = previousContentRoots.Select(root => (Root: root, Protector: DataProtectionProvider.Create(keys, b => b.SetApplicationName(root)).CreateProtector(TokenProtector.Purpose))).ToList();
        var (upgraded, unreadable) = (0, 0);
        foreach (var token in stored)
        {
            var found = legacy.Select(l => (l.Root, Token: TryUnprotect(l.Protector, token.Get()))).FirstOrDefault(l => l.Token is not null);
            if (found.Token is null)
            {
                unreadable++;
                continue;
            }
            token.Set(current.Protect(new Secret(found.Token)));
            upgraded++;
            log.LogInformation("Encrypted a token again that an earlier version saved while running from {ContentRoot}", found.Root);
        }
        if (upgraded > 0)
            await db.SaveChangesAsync();
        if (unreadable > 0)
            log.LogWarning("Saved tokens: {Count} cannot be decrypted with the keys in {Keys}. If an earlier version ran from another folder, " +
                "add that folder to {Setting} and restart; otherwise enter the client token again in P4 and pick the connections again.",
                unreadable, keys.FullName, PreviousContentRootsKey);
        return (upgraded, unreadable);
    }

    private static string? TryUnprotect(IDataProtector protector, string value)
    {
        try
        {
            return protector.Unprotect(value);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }

    private static string WithSlash(string folder) => Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;

    private sealed record Stored(Func<string> Get, Action<string> Set);
}
