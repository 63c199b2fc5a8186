using ChannelManagerDashboard.Data;
using Microsoft.EntityFrameworkCore;

namespace ChannelManagerDashboard.Features.Mapping;

/// <summary>The mappings and their undo history, reached from the shared context by this feature (the context itself names no feature).</summary>
public static class MappingTables
{
    extension(DashboardDbContext db)
    {
        public DbSet<MappingSet> MappingSets => db.Set<MappingSet>();
        public DbSet<MappingRevision> MappingRevisions => db.Set<MappingRevision>();
    }
}
