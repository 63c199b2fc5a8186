using ChannelManagerDashboard.Features.Configuration;
using ChannelManagerDashboard.Features.Mapping;
using ChannelManagerDashboard.Features.Projects;

namespace ChannelManagerDashboard.Features.PlayMews;

/// <summary>What the Play Mews page shows for a project and one of its connections.</summary>
/// <param name="Problem">Why the push tests cannot run yet (no connection, no configuration), with what to do.</param>
/// <param name="Latest">Each test's newest run.</param>
public sealed record PlayMewsView(
    CertificationProject Project,
    IReadOnlyList<MappingConnection> Connections,
    MappingConnection? Connection,
    IReadOnlyList<Combination> Combinations,
    string? Problem,
    IReadOnlyDictionary<string, HarnessRunSummary> Latest,
    IReadOnlyList<SystemErrorSample> SystemErrorSamples);
