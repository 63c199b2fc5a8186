using System.Text;
using System.Text.Json;
using ChannelManagerDashboard.Domain.Common;

namespace ChannelManagerDashboard.Features.ConnectorReview;

/// <summary>
/// What makes reads the same query: the operation and what it is filtered by, with the values (ids, names, states,
/// extents) but not the times, which move from poll to poll. Two partitions (two ServiceIds) are two queries; the
/// pages of one query, and its successive UpdatedUtc windows, are one.
/// </summary>
/// <param name="Key">Compares queries; long ones are hashed, so a key stays small whatever the body.</param>
/// <param name="Label">The query as a person reads it, e.g. "rates/getAll (ServiceIds=["bd26d8db-86…"])".</param>
public readonly record struct PollQuery(string Key, string Label)
{
    private const int MaxKeyChars = 256;
    private const int MaxValueChars = 16;

    public static PollQuery Of(string operation, JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
            return new(operation, operation);
        var key = new StringBuilder(operation);
        var label = new List<string>();
        foreach (var property in body.EnumerateObject().Where(p => !ConnectorProperty.Envelope.Contains(p.Name) && p.Name != "Limitation").OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            key.Append('|').Append(property.Name);
            if (property.Name.EndsWith("Utc", StringComparison.Ordinal))
            {
                label.Add(property.Name);
                continue;
            }
            var value = property.Value.GetRawText();
            key.Append('=').Append(value);
            label.Add($"{property.Name}={TextCut.Shorten(value, MaxValueChars)}");
        }
        var text = key.ToString();
        if (text.Length > MaxKeyChars)
            text = operation + "|#" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0, 8);
        return new(text, label.Count > 0 ? $"{operation} ({string.Join(", ", label)})" : operation);
    }
}
