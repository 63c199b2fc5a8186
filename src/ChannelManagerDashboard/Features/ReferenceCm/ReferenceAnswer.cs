using ChannelManagerDashboard.Domain.Mews;

namespace ChannelManagerDashboard.Features.ReferenceCm;

/// <summary>A simple or error response, exactly as the Mews docs describe it.</summary>
public sealed record ReferenceAnswer(bool Success, IReadOnlyList<MewsError>? Errors = null)
{
    public static ReferenceAnswer Accepted { get; } = new(true);
}
