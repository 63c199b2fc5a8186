using ChannelManagerDashboard.Data;
using Microsoft.EntityFrameworkCore;

namespace ChannelManagerDashboard.Features.Preparation;

/// <summary>The preparation steps' tables, reached from the shared context by this feature (the context itself names no feature).</summary>
public static class PreparationTables
{
    extension(DashboardDbContext db)
    {
        public DbSet<StepProgress> StepProgress => db.Set<StepProgress>();
        public DbSet<CertificationFile> CertificationFiles => db.Set<CertificationFile>();
        public DbSet<EndpointProbe> EndpointProbes => db.Set<EndpointProbe>();
    }
}
