using ChannelManagerDashboard.Data;
using Microsoft.EntityFrameworkCore;

namespace ChannelManagerDashboard.Features.CertificationCall;

/// <summary>What the call left behind, as the report and the go-live checklist read it within their own operation's context.</summary>
public static class CallQueries
{
    /// <summary>Every outcome recorded for the project, newest first.</summary>
    public static async Task<IReadOnlyList<CallOutcome>> OutcomesAsync(this DashboardDbContext db, int projectId) =>
        await db.CallOutcomes.AsNoTracking().Where(o => o.ProjectId == projectId).OrderByDescending(o => o.Id).ToListAsync();

    public static Task<CallOutcome?> LatestOutcomeAsync(this DashboardDbContext db, int projectId) =>
        db.CallOutcomes.AsNoTracking().Where(o => o.ProjectId == projectId).OrderByDescending(o => o.Id).FirstOrDefaultAsync();

    /// <summary>The minutes and Mews' remarks of each test, by test id.</summary>
    public static async Task<IReadOnlyDictionary<string, CallNote>> NotesAsync(this DashboardDbContext db, int projectId) =>
        await db.CallNotes.AsNoTracking().Where(n => n.ProjectId == projectId).ToDictionaryAsync(n => n.TestId);

    /// <summary>The attendees as typed in call mode; empty before anyone typed them.</summary>
    public static async Task<string> AttendeesAsync(this DashboardDbContext db, int projectId) =>
        await db.CallSessions.AsNoTracking().Where(s => s.ProjectId == projectId).Select(s => s.Attendees).FirstOrDefaultAsync() ?? "";
}
