using System.Globalization;
using ChannelManagerDashboard.Domain.Common;

namespace ChannelManagerDashboard.Domain.Projects;

/// <summary>
/// Tells every open page of a project that something it shows was saved, so call mode and the presenter view redraw at
/// once in every browser, on this instance and, over the bus, on every other instance on the same database.
/// </summary>
public sealed class ProjectPageRefresh
{
    private const string Topic = "project-changed";

    private readonly IMessageBus bus;

    public ProjectPageRefresh(IMessageBus bus)
    {
        this.bus = bus;
        bus.Subscribe(Topic, message => Changed?.Invoke(int.Parse(message, CultureInfo.InvariantCulture)));
    }

    public event Action<int>? Changed;

    public void Raise(int projectId) => bus.Publish(Topic, projectId.ToString(CultureInfo.InvariantCulture));
}
