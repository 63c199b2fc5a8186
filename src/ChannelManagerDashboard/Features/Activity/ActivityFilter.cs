namespace ChannelManagerDashboard.Features.Activity;

/// <summary>What the timeline shows: one kind or all, one person or everyone, and text in the subject or values.</summary>
public sealed record ActivityFilter(ActivityKind? Kind = null, string? Who = null, string? Text = null);
