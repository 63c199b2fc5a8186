using ChannelManagerDashboard.Data;
using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Domain.Projects;
using ChannelManagerDashboard.Features.CertificationCall;
using ChannelManagerDashboard.Features.Mapping;
using ChannelManagerDashboard.Features.MewsApi;
using ChannelManagerDashboard.Features.MewsSimulator;
using ChannelManagerDashboard.Features.PlayMews;
using ChannelManagerDashboard.Features.PropertyConnections;
using ChannelManagerDashboard.Features.TestTracker;
using ChannelManagerDashboard.Hosting;
using ChannelManagerDashboard.Tests.Support;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;

namespace ChannelManagerDashboard.Tests.Features.CertificationCall;

/// <summary>Call mode's services over a temp database, with Mews and the channel manager out of reach (nothing here sends a request).</summary>
public sealed class CallServices
{
    public CallServices(TempDatabase database, FixedClock clock, Services services)
    {
        Tracker = new TestTrackerService(database.Factory, clock, PageRefresh, services.Events, new ListLogger<TestTrackerService>());
        var protector = new TokenProtector(DataProtectionProvider.Create(new DirectoryInfo(Path.Combine(database.Folder, "keys"))));
        var connections = new ConnectionService(database.Factory, protector, services.Events, clock, new ListLogger<ConnectionService>());
        var mapping = new MappingService(database.Factory, services.Events, clock, new ListLogger<MappingService>());
        var harness = new HarnessSettings();
        var scopes = new HarnessScopes(connections, new MewsBaseUrls(Options.Create(new MewsApiOptions()), new SelfAddress(new AddressOnlyServer()), MewsSimulatorExtensions.OwnPath),
            SimulatorSeed.Load(Path.Combine(AppContext.BaseDirectory, "simulator-seed.json")), new ConfirmationInbox(), clock);
        var playMews = new PlayMewsService(database.Factory, mapping, Tracker, scopes, new HarnessRunner(new CmRequestSender(CmRequestSender.CreateHttpClient(LoopbackRule.Allowed)), harness, clock),
            new HarnessRunStore(database.Factory, Tracker, harness, clock, new ListLogger<HarnessRunStore>()), new ListLogger<PlayMewsService>());
        var provider = new ServiceCollection().AddSingleton(playMews).BuildServiceProvider().GetRequiredService<IServiceScopeFactory>();
        var runner = new LiveRunner(provider, Runs, PageRefresh, new ApplicationLifetime(new ListLogger<ApplicationLifetime>()), new ListLogger<LiveRunner>());
        var sessions = new CallSessionWriter(PageRefresh, clock, new ListLogger<CallSessionWriter>());
        Views = new CallViewService(database.Factory, mapping, Tracker, playMews, Runs, clock);
        Control = new CallControlService(database.Factory, sessions, Tracker, runner);
        Outcomes = new CallOutcomeService(database.Factory, sessions, Tracker, services.Events);
        PageRefresh.Changed += id => Raised.Add(id);
    }

    public ProjectPageRefresh PageRefresh { get; } = new(new LocalMessageBus());
    public LiveRuns Runs { get; } = new();
    public List<int> Raised { get; } = [];
    public TestTrackerService Tracker { get; }
    public CallViewService Views { get; }
    public CallControlService Control { get; }
    public CallOutcomeService Outcomes { get; }
}
