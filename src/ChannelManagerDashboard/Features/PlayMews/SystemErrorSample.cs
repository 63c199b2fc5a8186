namespace ChannelManagerDashboard.Features.PlayMews;

/// <summary>ERR-01: what the channel manager answers in one system failure, as the partner documents it.</summary>
public sealed record SystemErrorSample(string Situation, string Json);
