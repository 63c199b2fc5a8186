namespace ChannelManagerDashboard.Domain.Common;

public static class BoundedCopy
{
    /// <summary>Copies at most <paramref name="limit"/> bytes, so an oversized upload or body is refused without being held in memory whole.</summary>
    /// <returns>The bytes copied; <paramref name="limit"/> means the source may have had more.</returns>
    public static async Task<long> CopyAtMostAsync(Stream source, Stream destination, long limit)
    {
        var chunk = new byte[81920];
        long total = 0;
        int n;
        while (total < limit && (n = await source.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, limit - total)))) > 0)
        {
            await destination.WriteAsync(chunk.AsMemory(0, n));
            total += n;
        }
        return total;
    }
}
