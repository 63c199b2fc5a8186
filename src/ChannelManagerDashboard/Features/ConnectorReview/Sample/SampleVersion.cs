namespace ChannelManagerDashboard.Features.ConnectorReview.Sample;

/// <summary>Which built-in run: one a reviewer would pass, or one with the mistakes reviewers see most.</summary>
public enum SampleVersion
{
    Clean,
    WithMistakes,
}
