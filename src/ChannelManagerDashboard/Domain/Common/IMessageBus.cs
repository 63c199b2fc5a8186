namespace ChannelManagerDashboard.Domain.Common;

/// <summary>
/// Small messages (an id, never data) to every subscriber of a topic: in this process (<see cref="LocalMessageBus"/>),
/// or in every instance on the same PostgreSQL database (its LISTEN/NOTIFY), so a page open on one instance hears a save
/// made on another.
/// </summary>
public interface IMessageBus
{
    /// <summary>Delivered to this instance's subscribers before it returns, and to other instances' shortly after.</summary>
    void Publish(string topic, string message);

    /// <returns>What ends the subscription.</returns>
    IDisposable Subscribe(string topic, Action<string> handler);
}
