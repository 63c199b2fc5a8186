using ChannelManagerDashboard.Features.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ChannelManagerDashboard.Data;

public static class SaveChangesExtensions
{
    public const string DatabaseField = "Database";

    /// <summary>
    /// Saves, turning a database failure (locked file, full disk, broken file) into a message instead of an exception
    /// that would end the user's circuit and lose what is on screen.
    /// </summary>
    /// <returns>Null when saved, otherwise the failure to show.</returns>
    public static async Task<SaveResult?> TrySaveAsync(this DbContext db, ILogger log, string what)
    {
        try
        {
            await db.SaveChangesAsync();
            return null;
        }
        catch (Exception ex) when (ex is DbUpdateException or SqliteException)
        {
            log.LogError(ex, "Could not save {What}", what);
            return SaveResult.Invalid(DatabaseField,
                $"The dashboard could not save {what}: the database refused the write. Your entries are still on screen; " +
                "try again, and if it keeps failing check /healthz and the log, which has the details.");
        }
    }
}
