using System.Threading.RateLimiting;

namespace ChannelManagerDashboard.Hosting.MachineEndpoints;

/// <summary>
/// A machine endpoint's bounds: requests at a time (with a queue), then requests per second (bursts of twice that).
/// <see cref="RateLimiter.CreateChained"/> does not dispose the limiters it chains, and the token bucket's replenishing
/// timer would outlive every idle-time disposal, so this limiter owns its parts and disposes them with itself.
/// </summary>
public sealed class MachineLimiter : RateLimiter
{
    private readonly ConcurrencyLimiter concurrency;
    private readonly TokenBucketRateLimiter rate;
    private readonly RateLimiter chain;

    public MachineLimiter(MachineEndpointOptions options)
    {
        concurrency = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = options.MaxConcurrentRequests,
            QueueLimit = options.MaxQueuedRequests,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
        rate = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = options.RequestsPerSecond * 2,
            TokensPerPeriod = options.RequestsPerSecond,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = 0,
        });
        chain = CreateChained(concurrency, rate);
    }

    public override TimeSpan? IdleDuration => chain.IdleDuration;

    public override RateLimiterStatistics? GetStatistics() => chain.GetStatistics();

    protected override RateLimitLease AttemptAcquireCore(int permitCount) => chain.AttemptAcquire(permitCount);

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
        chain.AcquireAsync(permitCount, cancellationToken);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            chain.Dispose();
            rate.Dispose();
            concurrency.Dispose();
        }
        base.Dispose(disposing);
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        await chain.DisposeAsync();
        await rate.DisposeAsync();
        await concurrency.DisposeAsync();
    }
}
