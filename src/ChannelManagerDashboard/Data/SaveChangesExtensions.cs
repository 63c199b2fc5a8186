using System.Data.Common;
using ChannelManagerDashboard.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace ChannelManagerDashboard.Data;

public static class SaveChangesExtensions
{
    /// <summary>
    /// Saves, turning a database failure (locked file, full disk, broken file) into a message instead of an exception
    /// that would end the user's circuit and lose what is on screen. <paramref name="who"/> goes on the activity timeline.
    /// </summary>
    public static async Task<Result> TrySaveAsync(this DashboardDbContext db, ILogger log, string what, string who)
    {
        db.ChangedBy = who;
        try
        {
            await db.SaveChangesAsync();
            return Result.Ok();
        }
        catch (Exception ex) when (ex is DbUpdateException or DbException)
        {
            log.LogError(ex, "Could not save {What}", what);
            return Result.Failed(Result.DatabaseField,
                $"The dashboard could not save {what}: the database refused the write. Your entries are still on screen; " +
                "try again, and if it keeps failing check /healthz and the log, which has the details.");
        }
    }
}
