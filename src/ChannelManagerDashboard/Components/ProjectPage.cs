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

/// <summary>One project page as its navigation shows it: the full title, and the short one a phone has room for.</summary>
public sealed record ProjectPageLink(ProjectPage Page, string Path, string Title, string ShortTitle, string Icon);

/// <summary>A named stage of the work (Prepare, Rehearse, Certify) and its pages, so ten pages read as four small groups.</summary>
public sealed record ProjectPageSection(string Name, IReadOnlyList<ProjectPageLink> Pages);

public static class ProjectPages
{
    private static readonly ProjectPageLink Overview = new(ProjectPage.Overview, "", "Overview", "Overview", MudBlazor.Icons.Material.Filled.Dashboard);
    private static readonly ProjectPageLink Activity = new(ProjectPage.Activity, "/activity", "Activity", "Activity", MudBlazor.Icons.Material.Filled.History);

    private static readonly IReadOnlyList<ProjectPageSection> ChannelManagerSections =
    [
        new("Project", [Overview, Activity]),
        new("Prepare",
        [
            new(ProjectPage.Preparation, "/setup", "Preparation P1–P9", "P1–P9", MudBlazor.Icons.Material.Filled.Checklist),
            new(ProjectPage.Configuration, "/configuration", "Configuration", "Configuration", MudBlazor.Icons.Material.Filled.Apartment),
            new(ProjectPage.Mapping, "/mapping", "Mapping", "Mapping", MudBlazor.Icons.Material.Filled.SwapHoriz),
        ]),
        new("Rehearse",
        [
            new(ProjectPage.PlayMews, "/play-mews", "Play Mews", "Play Mews", MudBlazor.Icons.Material.Filled.PlayCircle),
            new(ProjectPage.Reservations, "/reservations", "Reservations", "Reservations", MudBlazor.Icons.Material.Filled.Hotel),
            new(ProjectPage.Tests, "/tests", "Test tracker", "Tests", MudBlazor.Icons.Material.Filled.FactCheck),
        ]),
        new("Certify",
        [
            new(ProjectPage.Call, "/call", "Certification call", "Call", MudBlazor.Icons.Material.Filled.VideoCall),
            new(ProjectPage.Exports, "/exports", "Reports and exports", "Reports", MudBlazor.Icons.Material.Filled.IosShare),
        ]),
    ];

    /// <summary>A Connector project has no P1–P9, tests or call: its work is the journey.</summary>
    private static readonly IReadOnlyList<ProjectPageSection> ConnectorSections =
    [
        new("Project", [Overview, Activity]),
        new("Certify", [new(ProjectPage.Connector, "/connector", "Connector journey", "Journey", MudBlazor.Icons.Material.Filled.Timeline)]),
    ];

    /// <summary>The pages a project of this kind has, grouped by stage.</summary>
    public static IReadOnlyList<ProjectPageSection> For(Domain.Projects.ProjectKind kind) =>
        kind == Domain.Projects.ProjectKind.Connector ? ConnectorSections : ChannelManagerSections;
}
