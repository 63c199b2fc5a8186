namespace ChannelManagerDashboard.Domain.Mews;

/// <summary>One element of an error response's <c>errors</c> (or the deprecated singular <c>error</c>).</summary>
public sealed record MewsError(int Code, string? Message, string? CategoryCode = null, string? RateCode = null);
