using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Domain.Mews;
using ChannelManagerDashboard.Domain.Projects;
using ChannelManagerDashboard.Features.Preparation;
using ChannelManagerDashboard.Features.Projects;
using ChannelManagerDashboard.Features.TestTracker;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChannelManagerDashboard.Tests.Support;

/// <summary>The feature services over one temp database, with a fixed clock and a chosen upload cap.</summary>
public sealed class Services
{
    public Services(TempDatabase database, FixedClock clock, long maxFileBytes)
    {
        Preparation = new(database.Factory, clock, NullLogger<PreparationService>.Instance);
        CertificationFiles = new(database.Factory, Preparation, clock, Options.Create(new PreparationOptions { MaxCertificationFileBytes = maxFileBytes }),
            NullLogger<CertificationFileService>.Instance);
        Events = EventsFor(Preparation);
        Projects = new(database.Factory, Events, clock, NullLogger<ProjectService>.Instance);
        Tracker = new(database.Factory, clock, new ProjectPageRefresh(new LocalMessageBus()), Events, NullLogger<TestTrackerService>.Instance);
    }

    public PreparationService Preparation { get; }
    public CertificationFileService CertificationFiles { get; }

    /// <summary>Project events, with the automatic steps listening as in the app.</summary>
    public ProjectEvents Events { get; }
    public ProjectService Projects { get; }
    public TestTrackerService Tracker { get; }

    /// <summary>What the app wires up: the automatic preparation steps follow every project event.</summary>
    public static ProjectEvents EventsFor(PreparationService preparation) =>
        new([new ProjectEventSubscriber(change => preparation.SyncAutomaticStepsAsync(change.ProjectId, change.Who))]);

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
        var result = await Projects.CreateAsync(input ?? ValidInput(), "Jana");
        Assert.True(result.Succeeded, result.Message);
        return result.Value;
    }
}
