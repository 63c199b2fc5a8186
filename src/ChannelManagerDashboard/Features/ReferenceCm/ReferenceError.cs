namespace ChannelManagerDashboard.Features.ReferenceCm;

/// <summary>An Error object (operations.md): categoryCode for codes 10 and 11, rateCode for 9 and 11.</summary>
public sealed record ReferenceError(int Code, string Message, string? CategoryCode = null, string? RateCode = null);
