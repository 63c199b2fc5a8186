namespace ChannelManagerDashboard.Features.Mapping;

/// <summary>One combination as a mapping file gives it. Empty CM codes mean unmapped; a reason means excluded.</summary>
/// <param name="Where">The row's place in the file ("Line 4", "combinations[3]"), for messages.</param>
public sealed record MappingRow(string Where, string RatePlanCode, string SpaceTypeCode, string CmRateCode, string CmRoomCode, string ExcludedReason);
