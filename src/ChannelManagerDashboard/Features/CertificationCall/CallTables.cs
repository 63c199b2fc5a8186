using ChannelManagerDashboard.Data;
using Microsoft.EntityFrameworkCore;

namespace ChannelManagerDashboard.Features.CertificationCall;

/// <summary>The certification call's tables, reached from the shared context by this feature (the context itself names no feature).</summary>
public static class CallTables
{
    extension(DashboardDbContext db)
    {
        public DbSet<CallSession> CallSessions => db.Set<CallSession>();
        public DbSet<CallNote> CallNotes => db.Set<CallNote>();
        public DbSet<CallOutcome> CallOutcomes => db.Set<CallOutcome>();
    }
}
