using ChannelManagerDashboard.Features.Preparation;
using ChannelManagerDashboard.Features.Projects;
using ChannelManagerDashboard.Features.TestTracker;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChannelManagerDashboard.Tests.Support;

/// <summary>The feature services over one temp database, with a fixed clock and a chosen upload cap.</summary>
public sealed class Services(TempDatabase database, FixedClock clock, long maxFileBytes)
{
    public ProjectService Projects { get; } = new(database.Factory, clock, NullLogger<ProjectService>.Instance);

    public PreparationService Preparation { get; } = new(database.Factory, clock,
        Options.Create(new PreparationOptions { MaxCertificationFileBytes = maxFileBytes }), NullLogger<PreparationService>.Instance);

    public TestTrackerService Tracker { get; } = new(database.Factory, clock, NullLogger<TestTrackerService>.Instance);

    public static ProjectInput ValidInput(string name = "Acme CM") => new()
    {
        Name = name,
        PartnerId = "INT123456",
        PilotPropertyName = "Hotel Pilot Amsterdam",
        Environment = MewsEnvironment.Demo,
        EndpointBaseUrl = "https://cm.example.com/mews",
        ContactPerson = "Jana Nováková",
    };

    public async Task<int> CreateProjectAsync(ProjectInput? input = null)
    {
        var (id, result) = await Projects.CreateAsync(input ?? ValidInput());
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Values));
        return id!.Value;
    }
}
