namespace ChannelManagerDashboard.Features.GoLive;

public enum RecertificationAnswer
{
    Unanswered = 0,
    Yes = 1,
    No = 2,
}

/// <summary>A feature added or changed after certification, with the team's answer to "does this need re-certification?".</summary>
public class ChangeLogEntry
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public DateOnly Date { get; set; }
    public string Change { get; set; } = "";
    public RecertificationAnswer Answer { get; set; }
    public string RecordedBy { get; set; } = "";
    public DateTimeOffset RecordedAt { get; set; }
}

public static class RecertificationAnswerLabels
{
    public static string Label(this RecertificationAnswer answer) => answer switch
    {
        RecertificationAnswer.Yes => "yes",
        RecertificationAnswer.No => "no",
        _ => "not decided",
    };
}
