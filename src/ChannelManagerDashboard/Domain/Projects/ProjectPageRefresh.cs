namespace ChannelManagerDashboard.Domain.Projects;

/// <summary>
/// Tells every open page of a project in this app instance that something it shows was saved, so call mode and the
/// presenter view redraw at once in every browser. It lives in one process: several instances would carry it over a
/// backplane (see the README's call mode section).
/// </summary>
public sealed class ProjectPageRefresh
{
    public event Action<int>? Changed;

    public void Raise(int projectId) => Changed?.Invoke(projectId);
}
