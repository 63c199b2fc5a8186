using ChannelManagerDashboard.Domain.Common;

namespace ChannelManagerDashboard.Features.Accounts;

/// <summary>
/// Changes to who is an owner happen one at a time: the first owner is created once even when two browsers send the
/// form together, and two owners demoting each other at once cannot leave none.
/// </summary>
internal static class OwnersGate
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public static async Task<Result> OneAtATimeAsync(Func<Task<Result>> change)
    {
        await Gate.WaitAsync();
        try
        {
            return await change();
        }
        finally
        {
            Gate.Release();
        }
    }
}
