using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Domain.Projects;
using ChannelManagerDashboard.Features.ConnectorReview;
using ChannelManagerDashboard.Features.ConnectorReview.Proxy;
using ChannelManagerDashboard.Hosting.Outbound;
using ChannelManagerDashboard.Tests.Support;

namespace ChannelManagerDashboard.Tests.Features.ConnectorReview;

/// <summary>The Connector services on one test database, sharing one review cache as the app's scope does.</summary>
public sealed record ConnectorServices(ConnectorJourneyService Journey, ConnectorRunService Runs, RecordingService Recordings, RunReviewService Reviews)
{
    /// <param name="outbound">The rule the proxy's upstream is judged by; by default loopback is allowed, where the tests' fake Mews runs.</param>
    /// <param name="recorder">The proxy's recorder a stop waits for; by default one that never ran.</param>
    public static ConnectorServices On(TempDatabase database, TimeProvider clock, ProjectPageRefresh? pageRefresh = null, OutboundNetworkRule? outbound = null, ProxyRecorder? recorder = null)
    {
        pageRefresh ??= new ProjectPageRefresh(new LocalMessageBus());
        var cache = new ReviewCache();
        var upstream = new ProxyUpstream(outbound ?? LoopbackRule.Allowed);
        var reviews = new RunReviewService(database.Factory, ConnectorCatalog.Shipped, cache, clock);
        return new(
            new ConnectorJourneyService(database.Factory, ConnectorCatalog.Shipped, reviews, upstream, pageRefresh, clock, new ListLogger<ConnectorJourneyService>()),
            new ConnectorRunService(database.Factory, cache, pageRefresh, clock, new ListLogger<ConnectorRunService>()),
            new RecordingService(database.Factory, upstream, recorder ?? new ProxyRecorder(database.Factory, pageRefresh, new ListLogger<ProxyRecorder>()), pageRefresh, clock, new ListLogger<RecordingService>()),
            reviews);
    }

    /// <summary>A new Connector API project.</summary>
    public static Task<int> ProjectAsync(Services services)
    {
        var input = Services.ValidInput("Acme Revenue");
        input.Kind = ProjectKind.Connector;
        input.EndpointBaseUrl = "";
        return services.CreateProjectAsync(input);
    }
}

/// <summary>A test on its own database with the Connector services on it.</summary>
public abstract class ConnectorTest : DatabaseTest
{
    protected ConnectorTest() => Connector = ConnectorServices.On(Database, Clock);

    protected ConnectorServices Connector { get; }
}
