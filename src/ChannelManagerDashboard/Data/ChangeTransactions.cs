using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace ChannelManagerDashboard.Data;

public static class ChangeTransactions
{
    /// <summary>The advisory lock id every instance's check-then-write changes take turns under on PostgreSQL.</summary>
    private const long ChangeLock = 0x434D44_43484E47;

    /// <summary>
    /// A transaction for a change that checks, then writes (a version or a conflict check, then the save): no other
    /// change runs in between, so a second one sent at the same moment waits and then fails its check. SQLite begins it
    /// immediate (one writer at a time); PostgreSQL's transactions do not wait for each other, so every instance on the
    /// database takes turns under one lock, held until the transaction ends, as long as SQLite would wait (30 s).
    /// </summary>
    public static async Task<IDbContextTransaction> BeginChangeAsync(this DashboardDbContext db)
    {
        var transaction = await db.Database.BeginTransactionAsync();
        if (db is PostgreSqlDashboardDbContext)
            await db.Database.ExecuteSqlRawAsync($"SET LOCAL lock_timeout = '30s'; SELECT pg_advisory_xact_lock({ChangeLock})");
        return transaction;
    }
}
