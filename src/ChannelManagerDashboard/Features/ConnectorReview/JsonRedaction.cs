using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace ChannelManagerDashboard.Features.ConnectorReview;

/// <summary>
/// Redacts a JSON body by its structure, as Mews reads it: a property's name counts unescaped
/// (<c>"Client\u0054oken"</c> is ClientToken), at any depth and inside arrays, and everything within card data (an
/// object or list under a card field) is card data too. Only the redacted values change; the rest keeps its bytes. A
/// body cut off (the proxy keeps 64 KB) or broken midway is read as far as it goes, and the rest is redacted as text.
/// </summary>
public static class JsonRedaction
{
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };
    private static readonly JsonReaderOptions Lenient = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
    private static readonly byte[] RedactedValue = Encoding.UTF8.GetBytes(Quoted(TokenRedaction.Redacted));

    /// <param name="accessToken">The first AccessToken's value, for its hash; set only when it was still null.</param>
    public static string Redact(string body, ref string? accessToken)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var edits = new List<Edit>();
        var reader = new Utf8JsonReader(bytes, isFinalBlock: false, new JsonReaderState(Lenient));
        var cardData = new Stack<bool>();
        var pending = SensitiveKind.None;
        var read = 0;
        try
        {
            while (reader.Read())
            {
                var start = (int)reader.TokenStartIndex;
                var kind = pending;
                pending = SensitiveKind.None;
                var inCard = kind == SensitiveKind.Card || cardData.TryPeek(out var parent) && parent;
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        pending = Name(ref reader);
                        break;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray when kind.IsSecret():
                        if (!reader.TrySkip())
                            return Apply(body, bytes, edits, Rest(bytes, start, RedactedValue));
                        edits.Add(new(start, (int)reader.BytesConsumed, RedactedValue));
                        break;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        cardData.Push(inCard);
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        cardData.TryPop(out _);
                        break;
                    case JsonTokenType.String or JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False when kind.IsSecret():
                        if (kind == SensitiveKind.AccessToken)
                            accessToken ??= reader.TokenType == JsonTokenType.String ? reader.GetString() : Encoding.UTF8.GetString(reader.ValueSpan);
                        edits.Add(new(start, (int)reader.BytesConsumed, RedactedValue));
                        break;
                    case JsonTokenType.String or JsonTokenType.Number when inCard:
                        var text = reader.TokenType == JsonTokenType.String ? reader.GetString()! : Encoding.UTF8.GetString(reader.ValueSpan);
                        if (CardNumbers.Mask(text) is var masked && !ReferenceEquals(masked, text))
                            edits.Add(new(start, (int)reader.BytesConsumed, Encoding.UTF8.GetBytes(Quoted(masked))));
                        break;
                }
                read = (int)reader.BytesConsumed;
            }
            // Stopped short of the end: the body is cut off there. A secret or card data cut off goes whole.
            return Apply(body, bytes, edits, Sensitive(pending, cardData) ? Rest(bytes, read, RedactedValue) : null);
        }
        catch (JsonException)
        {
            if (Sensitive(pending, cardData))
                return Apply(body, bytes, edits, Rest(bytes, read, RedactedValue));
            var rest = Encoding.UTF8.GetString(bytes, read, bytes.Length - read);
            var redacted = LooseJson.Redact(rest, ref accessToken);
            return Apply(body, bytes, edits, ReferenceEquals(redacted, rest) ? null : new Edit(read, bytes.Length, Encoding.UTF8.GetBytes(redacted)));
        }
    }

    /// <summary>A string as a JSON string literal, non-ASCII letters kept readable.</summary>
    public static string Quoted(string value) => JsonSerializer.Serialize(value, Readable);

    private readonly record struct Edit(int Start, int End, byte[] With);

    private static bool Sensitive(SensitiveKind pending, Stack<bool> cardData) => pending != SensitiveKind.None || cardData.TryPeek(out var inCard) && inCard;

    private static SensitiveKind Name(ref Utf8JsonReader reader)
    {
        if (reader.ValueIsEscaped || reader.ValueSpan.Length > 128)
            return SensitiveName.Of(reader.GetString());
        Span<char> name = stackalloc char[reader.ValueSpan.Length];
        return SensitiveName.Of(name[..Encoding.UTF8.GetChars(reader.ValueSpan, name)]);
    }

    /// <summary>Everything from <paramref name="from"/> (past a ':' and spaces) to the end, replaced.</summary>
    private static Edit? Rest(byte[] bytes, int from, byte[] with)
    {
        while (from < bytes.Length && bytes[from] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)':')
            from++;
        return from < bytes.Length ? new Edit(from, bytes.Length, with) : null;
    }

    private static string Apply(string body, byte[] bytes, List<Edit> edits, Edit? rest)
    {
        if (rest is { } tail)
            edits.Add(tail);
        if (edits.Count == 0)
            return body;
        var result = new StringBuilder(body.Length);
        var copied = 0;
        foreach (var edit in edits)
        {
            result.Append(Encoding.UTF8.GetString(bytes, copied, edit.Start - copied)).Append(Encoding.UTF8.GetString(edit.With));
            copied = edit.End;
        }
        return result.Append(Encoding.UTF8.GetString(bytes, copied, bytes.Length - copied)).ToString();
    }
}
