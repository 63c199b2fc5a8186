using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Domain.Projects;
using ChannelManagerDashboard.Features.Accounts.Teams;

namespace ChannelManagerDashboard.Features.Projects;

/// <summary>What the project list shows and creates: the person's teams, their projects and the new project's form.</summary>
public sealed class ProjectsPageState(ProjectService projects)
{
    private static readonly ProjectInput Blank = new();

    /// <summary>For a person who may read but not create (a viewer in each of their teams): what they can do instead.</summary>
    public const string ReadOnlyStart =
        "Open a project your team shares with you to read its progress, results and reports; to start a new one, ask an owner or member of your team to create it.";

    public IReadOnlyList<CertificationProject>? Projects { get; private set; }
    public ProjectInput Input { get; private set; } = new();
    public IReadOnlyDictionary<string, string>? Errors { get; private set; }
    public bool ShowArchived { get; private set; }
    public bool Saving { get; private set; }
    public bool Loaded { get; private set; }
    public IReadOnlyList<TeamRole> Teams { get; private set; } = [];

    /// <summary>The teams where the person may create a project.</summary>
    public IReadOnlyList<TeamRole> Creatable { get; private set; } = [];

    /// <summary>The team the new project goes to.</summary>
    public int TeamId { get; set; }

    public bool HasChanges => !Input.IsSameAs(Blank);

    public string? TeamName(int teamId) => Teams.FirstOrDefault(t => t.TeamId == teamId)?.TeamName;

    public async Task LoadAsync(IReadOnlyList<TeamRole> teams)
    {
        Teams = teams;
        Creatable = teams.Where(t => t.CanChange).ToList();
        TeamId = Creatable.FirstOrDefault()?.TeamId ?? 0;
        await ListAsync();
        Loaded = true;
    }

    public async Task ShowArchivedAsync(bool show)
    {
        ShowArchived = show;
        await ListAsync();
    }

    /// <returns>The new project's address to go to once created, or why it was not.</returns>
    public async Task<Result<string>> CreateAsync(string who)
    {
        // Only teams where the person may change projects are offered; this refuses what a browser sends anyway.
        if (Creatable.All(t => t.TeamId != TeamId))
            return Result.Invalid(Result.Whole, "You may not create projects in this team.").As<string>();
        Saving = true;
        try
        {
            var result = await projects.CreateAsync(Input, who, TeamId);
            Errors = result.Errors;
            if (!result.Succeeded)
                return result.As<string>();
            // Saved: the form is empty again, so the unsaved-changes guard lets the navigation through.
            var journey = Input.Kind == ProjectKind.Connector ? "connector" : "setup";
            Input = new ProjectInput();
            return Result.Of($"projects/{result.Value}/{journey}");
        }
        finally
        {
            Saving = false;
        }
    }

    private async Task ListAsync() => Projects = await projects.ListAsync(ShowArchived, Teams.Select(t => t.TeamId).ToList());
}
