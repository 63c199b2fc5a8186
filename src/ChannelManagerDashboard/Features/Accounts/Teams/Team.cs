namespace ChannelManagerDashboard.Features.Accounts.Teams;

/// <summary>A group of people and the projects they work on together: an agency's client, a partner's team, Mews' reviewers.</summary>
public sealed class Team
{
    /// <summary>Every database has this team; a database from before teams put all its projects and people in it.</summary>
    public const int DefaultId = 1;

    public const string DefaultName = "Default team";

    public const int MaxNameLength = 100;

    public int Id { get; set; }
    public string Name { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
}
