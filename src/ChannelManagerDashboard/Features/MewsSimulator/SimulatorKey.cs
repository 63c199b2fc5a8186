using System.Security.Cryptography;
using ChannelManagerDashboard.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace ChannelManagerDashboard.Features.MewsSimulator;

/// <summary>
/// The install's key for projects' simulator tokens (<see cref="SimulatorConnections"/>): 32 random bytes made on first
/// start and kept in the database, encrypted with the app's Data Protection keys like the tokens beside it, so a project
/// keeps its token across restarts and instances, and a copy of the database alone is of no use. Earlier versions kept
/// it in the data folder (<see cref="FileName"/>): that file is moved into the database once.
/// </summary>
public static class SimulatorKey
{
    public const string FileName = "simulator-project-tokens.key";

    private const string Purpose = "ChannelManagerDashboard.SimulatorProjectTokens.v1";

    public static byte[] LoadOrCreate(IDbContextFactory<DashboardDbContext> dbFactory, DataFolder folder, IDataProtectionProvider provider, ILogger log)
    {
        var protector = provider.CreateProtector(Purpose);
        using var db = dbFactory.CreateDbContext();
        var stored = db.Set<StoredSimulatorKey>().AsNoTracking().SingleOrDefault();
        if (stored is not null && Unprotect(protector, stored.Protected) is { } kept)
            return kept;

        var file = folder.Resolve(FileName);
        var key = !File.Exists(file) ? null : Unprotect(protector, File.ReadAllBytes(file));
        if (stored is not null || (File.Exists(file) && key is null))
            log.LogWarning("The simulator's key for project tokens cannot be decrypted (the Data Protection keys were lost or replaced); " +
                "a new one is made, so Simulator projects pick their connection again in P4");
        key ??= RandomNumberGenerator.GetBytes(32);
        var row = new StoredSimulatorKey { Protected = protector.Protect(key) };
        if (stored is null)
            db.Add(row);
        else
            db.Update(row);
        try
        {
            db.SaveChanges();
        }
        catch (DbUpdateException) when (stored is null && StoredFirst(dbFactory, protector) is { } theirs)
        {
            // Another instance on the same database stored its key first: every instance uses that one.
            return theirs;
        }
        File.Delete(file);
        return key;
    }

    private static byte[]? StoredFirst(IDbContextFactory<DashboardDbContext> dbFactory, IDataProtector protector)
    {
        using var db = dbFactory.CreateDbContext();
        return db.Set<StoredSimulatorKey>().AsNoTracking().SingleOrDefault() is { } stored ? Unprotect(protector, stored.Protected) : null;
    }

    private static byte[]? Unprotect(IDataProtector protector, byte[] protectedKey)
    {
        try
        {
            return protector.Unprotect(protectedKey);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
