using System.Runtime.InteropServices;
using System.Text.Json;
using ChannelManagerDashboard.Domain.Common;

namespace ChannelManagerDashboard.Features.ConnectorReview;

/// <summary>
/// What makes reads the same query: the operation and what it is filtered by, with the values (ids, names, states,
/// extents) but not the times, which move from poll to poll. Two partitions (two ServiceIds) are two queries; the
/// pages of one query, and its successive UpdatedUtc windows, are one.
/// </summary>
public static class PollQuery
{
    private const int MaxValueChars = 16;
    private const ulong FnvOffset = 14695981039346656037;
    private const ulong FnvPrime = 1099511628211;

    /// <summary>
    /// Compares queries whatever order their properties come in: a 64-bit hash (FNV-1a) of the operation and the
    /// filters as sent, read in place, since it is taken for nearly every request.
    /// </summary>
    public static ulong Key(string operation, JsonElement body)
    {
        var hash = Add(FnvOffset, MemoryMarshal.AsBytes(operation.AsSpan()));
        if (body.ValueKind != JsonValueKind.Object)
            return hash;
        // Most clients send their properties sorted already: then they are hashed as they come, without a sorted copy.
        if (InOrder(body))
        {
            foreach (var property in body.EnumerateObject())
                hash = Add(hash, property);
        }
        else
        {
            foreach (var property in Filters(body))
                hash = Add(hash, property);
        }
        return hash;
    }

    /// <summary>The query as a person reads it, e.g. "rates/getAll (ServiceIds=["bd26d8db-86…"])".</summary>
    public static string Label(string operation, JsonElement body)
    {
        var filters = body.ValueKind == JsonValueKind.Object
            ? Filters(body).Select(p => p.Name.EndsWith("Utc", StringComparison.Ordinal) ? p.Name : $"{p.Name}={TextCut.Shorten(p.Value.GetRawText(), MaxValueChars)}").ToList()
            : [];
        return filters.Count > 0 ? $"{operation} ({string.Join(", ", filters)})" : operation;
    }

    /// <summary>A filter's name, and its value unless it is a time; the envelope and Limitation add nothing.</summary>
    private static ulong Add(ulong hash, JsonProperty property)
    {
        if (IsEnvelope(property))
            return hash;
        var name = JsonMarshal.GetRawUtf8PropertyName(property);
        hash = Add(Add(hash, "|"u8), name);
        return name.EndsWith("Utc"u8) ? hash : Add(Add(hash, "="u8), JsonMarshal.GetRawUtf8Value(property.Value));
    }

    private static ulong Add(ulong hash, ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
            hash = (hash ^ b) * FnvPrime;
        return hash;
    }

    /// <summary>The properties that choose what comes back, sorted by name as sent (UTF-8 bytes), the order <see cref="InOrder"/> checks.</summary>
    private static IEnumerable<JsonProperty> Filters(JsonElement body) => body.EnumerateObject().Where(p => !IsEnvelope(p)).OrderBy(p => p, ByRawName);

    // UTF-16 order differs from UTF-8's past U+D7FF: sorting one way and checking the other would hash one query two ways.
    private static readonly Comparer<JsonProperty> ByRawName =
        Comparer<JsonProperty>.Create((a, b) => JsonMarshal.GetRawUtf8PropertyName(a).SequenceCompareTo(JsonMarshal.GetRawUtf8PropertyName(b)));

    /// <summary>The filters come sorted by name already (the envelope and Limitation, which are not hashed, may sit anywhere).</summary>
    private static bool InOrder(JsonElement body)
    {
        var previous = ReadOnlySpan<byte>.Empty;
        foreach (var property in body.EnumerateObject())
        {
            if (IsEnvelope(property))
                continue;
            var name = JsonMarshal.GetRawUtf8PropertyName(property);
            if (name.SequenceCompareTo(previous) < 0)
                return false;
            previous = name;
        }
        return true;
    }

    private static bool IsEnvelope(JsonProperty property) =>
        property.NameEquals("Limitation") || property.NameEquals("ClientToken") || property.NameEquals("AccessToken") || property.NameEquals("Client")
        || property.NameEquals("LanguageCode") || property.NameEquals("CultureCode");
}
