namespace ChannelManagerDashboard.Components;

/// <summary>The pages of one project, in the order a team works through them.</summary>
public enum ProjectPage
{
    Overview,
    Preparation,
    Configuration,
    Mapping,
    PlayMews,
    Reservations,
    Tests,
    Call,
    Exports,
    Activity,
    Connector,
}

public static class ProjectPages
{
    public static IReadOnlyList<(ProjectPage Page, string Path, string Title, string Icon)> All { get; } =
    [
        (ProjectPage.Overview, "", "Overview", MudBlazor.Icons.Material.Filled.Dashboard),
        (ProjectPage.Preparation, "/setup", "Preparation P1–P9", MudBlazor.Icons.Material.Filled.Checklist),
        (ProjectPage.Configuration, "/configuration", "Configuration", MudBlazor.Icons.Material.Filled.Apartment),
        (ProjectPage.Mapping, "/mapping", "Mapping", MudBlazor.Icons.Material.Filled.SwapHoriz),
        (ProjectPage.PlayMews, "/play-mews", "Play Mews", MudBlazor.Icons.Material.Filled.PlayCircle),
        (ProjectPage.Reservations, "/reservations", "Reservations", MudBlazor.Icons.Material.Filled.Hotel),
        (ProjectPage.Tests, "/tests", "Test tracker", MudBlazor.Icons.Material.Filled.FactCheck),
        (ProjectPage.Call, "/call", "Certification call", MudBlazor.Icons.Material.Filled.VideoCall),
        (ProjectPage.Exports, "/exports", "Reports and exports", MudBlazor.Icons.Material.Filled.IosShare),
        (ProjectPage.Connector, "/connector", "Connector journey", MudBlazor.Icons.Material.Filled.Timeline),
        (ProjectPage.Activity, "/activity", "Activity", MudBlazor.Icons.Material.Filled.History),
    ];

    private static readonly HashSet<ProjectPage> ConnectorPages = [ProjectPage.Overview, ProjectPage.Connector, ProjectPage.Activity];

    /// <summary>The pages a project of this kind has: a Connector project has no P1–P9, tests or call.</summary>
    public static IEnumerable<(ProjectPage Page, string Path, string Title, string Icon)> For(Domain.Projects.ProjectKind kind) =>
        All.Where(p => kind == Domain.Projects.ProjectKind.Connector ? ConnectorPages.Contains(p.Page) : p.Page != ProjectPage.Connector);

    public static string Href(int projectId, ProjectPage page) => $"projects/{projectId}{All.Single(p => p.Page == page).Path}";
}
