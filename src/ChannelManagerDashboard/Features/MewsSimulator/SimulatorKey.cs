using System.Security.Cryptography;
using ChannelManagerDashboard.Data;
using Microsoft.AspNetCore.DataProtection;

namespace ChannelManagerDashboard.Features.MewsSimulator;

/// <summary>
/// The install's key for projects' simulator tokens (<see cref="SimulatorConnections"/>): 32 random bytes made on first
/// start and kept in the data folder, encrypted with the app's Data Protection keys like the tokens in the database, so
/// a project keeps its token across restarts and a copy of the file alone is of no use.
/// </summary>
public static class SimulatorKey
{
    public const string FileName = "simulator-project-tokens.key";

    private const string Purpose = "ChannelManagerDashboard.SimulatorProjectTokens.v1";

    public static byte[] LoadOrCreate(DataFolder folder, IDataProtectionProvider provider, ILogger log)
    {
        var protector = provider.CreateProtector(Purpose);
        var path = folder.Resolve(FileName);
        if (File.Exists(path))
        {
            try
            {
                return protector.Unprotect(File.ReadAllBytes(path));
            }
            catch (CryptographicException)
            {
                log.LogWarning("The simulator's key for project tokens in {Path} cannot be decrypted (the data folder's keys were lost or replaced); " +
                    "a new one is made, so Simulator projects pick their connection again in P4", path);
            }
        }
        var key = RandomNumberGenerator.GetBytes(32);
        File.WriteAllBytes(path, protector.Protect(key));
        return key;
    }
}
