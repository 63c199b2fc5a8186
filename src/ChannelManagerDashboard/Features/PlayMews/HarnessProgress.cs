namespace ChannelManagerDashboard.Features.PlayMews;

/// <summary>How far a test has got: answered pushes out of all its pushes.</summary>
public sealed record HarnessProgress(string TestId, int Answered, int Total)
{
    public int Percent => Total == 0 ? 100 : Answered * 100 / Total;
}
