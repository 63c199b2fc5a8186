namespace ChannelManagerDashboard.Features.ConnectorReview;

/// <summary>One operation on the certification form: what the integration calls, why, and how often.</summary>
public sealed record DeclaredOperation(string Name, string Purpose, string Frequency);

/// <summary>A Connector project's journey: what the partner declared and the dates of each step outside the dashboard.</summary>
public class ConnectorJourney
{
    public const string DemoAddress = "https://api.mews-demo.com";

    public int ProjectId { get; set; }

    /// <summary>C1: the partner registered with Mews and holds a Partner ID.</summary>
    public bool Registered { get; set; }

    /// <summary>C2: the documented use cases picked, one name a line.</summary>
    public string UseCases { get; set; } = "";

    /// <summary>C2: the operations as JSON, [{"name":…,"purpose":…,"frequency":…}].</summary>
    public string Operations { get; set; } = "[]";

    /// <summary>C3: the expected load the form asks for, in the partner's words.</summary>
    public string ExpectedLoad { get; set; } = "";

    /// <summary>C3: the form was sent to Mews.</summary>
    public DateOnly? FormSentOn { get; set; }

    /// <summary>C4: when Mews emailed the certification AccessToken (the token itself stays with the integration).</summary>
    public DateOnly? TokenReceivedOn { get; set; }

    /// <summary>Where the recording proxy forwards to: the Mews demo, or a local fake in tests.</summary>
    public string MewsAddress { get; set; } = DemoAddress;

    /// <summary>C7: public (Marketplace) integrations run a pilot, typically two weeks; private ones need no certification.</summary>
    public bool PublicIntegration { get; set; } = true;

    public DateOnly? PilotStart { get; set; }
    public DateOnly? PilotEnd { get; set; }

    /// <summary>C8: when the production ClientToken arrived.</summary>
    public DateOnly? ProductionOn { get; set; }

    public string UpdatedBy { get; set; } = "";
    public DateTimeOffset UpdatedAt { get; set; }
}
