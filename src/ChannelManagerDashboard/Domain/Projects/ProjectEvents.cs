using ChannelManagerDashboard.Domain.Common;

namespace ChannelManagerDashboard.Domain.Projects;

/// <summary>Something changed in a project that the dashboard's own checks depend on.</summary>
public interface IProjectEvent
{
    int ProjectId { get; }

    /// <summary>Who made the change, for the "who" of whatever reacts to it.</summary>
    string Who { get; }
}

/// <summary>Connections were picked or stopped being used (P4).</summary>
public sealed record ConnectionsChanged(int ProjectId, string Who) : IProjectEvent;

/// <summary>A connection's configuration was fetched and stored (P5).</summary>
public sealed record SnapshotStored(int ProjectId, string Who) : IProjectEvent;

/// <summary>A connection's mapping was changed (P6).</summary>
public sealed record MappingSaved(int ProjectId, string Who) : IProjectEvent;

/// <summary>A test result was recorded, checked or cleared (P7).</summary>
public sealed record TestVerdictsChanged(int ProjectId, string Who) : IProjectEvent;

/// <summary>The project's own details changed, e.g. its Mews environment, which has connections of its own.</summary>
public sealed record ProjectDetailsChanged(int ProjectId, string Who) : IProjectEvent;

/// <summary>Reacts to a project event and says what it changed (notices) or could not (problems).</summary>
public sealed record ProjectEventSubscriber(Func<IProjectEvent, Task<Result>> React);

/// <summary>
/// Lets a feature announce a change without knowing who reacts: the preparation steps the dashboard ticks by itself
/// follow connections, snapshots and mappings this way, so those features do not call back into Preparation.
/// </summary>
public sealed class ProjectEvents(IEnumerable<ProjectEventSubscriber> subscribers)
{
    /// <returns>What the subscribers changed, as notices, and what they could not, as warnings.</returns>
    public async Task<Result> PublishAsync(IProjectEvent change)
    {
        var (notices, warnings) = (new List<string>(), new List<string>());
        foreach (var subscriber in subscribers)
        {
            var reaction = await subscriber.React(change);
            notices.AddRange(reaction.Notices);
            warnings.AddRange(reaction.Warnings);
            warnings.AddRange(reaction.Problems.Select(p => p.Message));
        }
        return Result.Ok(notices) with { Warnings = warnings };
    }
}
