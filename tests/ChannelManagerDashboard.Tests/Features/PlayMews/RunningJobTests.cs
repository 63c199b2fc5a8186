using ChannelManagerDashboard.Features.PlayMews;

namespace ChannelManagerDashboard.Tests.Features.PlayMews;

public sealed class RunningJobTests
{
    [Fact]
    public async Task A_running_job_redraws_each_second_until_it_finishes_and_finishing_cancels_it()
    {
        using var job = new RunningJob(TimeProvider.System);
        var redrawn = new TaskCompletionSource();

        var cancellation = job.Start(() =>
        {
            redrawn.TrySetResult();
            return Task.CompletedTask;
        });
        await redrawn.Task.WaitAsync(TimeSpan.FromSeconds(10));
        job.Finish();

        Assert.True(cancellation.IsCancellationRequested);
    }

    [Fact]
    public void Cancel_cancels_the_jobs_token()
    {
        using var job = new RunningJob(TimeProvider.System);
        var cancellation = job.Start(() => Task.CompletedTask);

        job.Cancel();

        Assert.True(cancellation.IsCancellationRequested);
    }
}
