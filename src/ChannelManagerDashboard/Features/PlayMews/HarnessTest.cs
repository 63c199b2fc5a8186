namespace ChannelManagerDashboard.Features.PlayMews;

/// <summary>A test the harness runs by playing Mews, with the half a person still checks.</summary>
public sealed record HarnessTest(string Id, string Title, string Sends, string HumanCheck);
