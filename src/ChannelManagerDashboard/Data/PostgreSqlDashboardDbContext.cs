using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ChannelManagerDashboard.Data;

/// <summary>
/// The same model on PostgreSQL, with its own migrations (Data/Migrations/PostgreSql): a type of its own is how EF keeps
/// one set of migrations per provider. Several instances share it, so it also holds the Data Protection keys.
/// </summary>
public sealed class PostgreSqlDashboardDbContext(DbContextOptions<DashboardDbContext> options) : DashboardDbContext(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>
    /// PostgreSQL stores instants in UTC and refuses other offsets, and refuses a UTC DateTime in a column without zone;
    /// the app's instants come from TimeProvider (UTC) and its one wall-clock time (the call's, with its zone beside it) is not UTC.
    /// </summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcInstant>();
        configurationBuilder.Properties<DateTime>().HaveColumnType("timestamp without time zone").HaveConversion<WallClock>();
    }

    private sealed class UtcInstant() : ValueConverter<DateTimeOffset, DateTimeOffset>(v => v.ToUniversalTime(), v => v);

    private sealed class WallClock() : ValueConverter<DateTime, DateTime>(v => DateTime.SpecifyKind(v, DateTimeKind.Unspecified), v => v);
}
