using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChannelManagerDashboard.Domain.Mews;

/// <summary>
/// A client, connection or access token. Its <see cref="ToString"/> is the mask, so a log line, an exception or an
/// interpolated message cannot carry the token by accident; <see cref="Reveal"/> is the one way to the text. JSON
/// writes the token itself: a secret is only ever serialized into the body that carries it to its API.
/// </summary>
[JsonConverter(typeof(SecretJsonConverter))]
public sealed class Secret(string value) : IEquatable<Secret>
{
    private readonly string value = value.Trim();

    public static Secret Empty { get; } = new("");

    public bool IsEmpty => value.Length == 0;

    /// <summary>"C90C…B43": enough to tell two apart, never enough to use one.</summary>
    public string Mask => TokenMask.Mask(value);

    public string Reveal() => value;

    public override string ToString() => Mask;

    public bool Equals(Secret? other) => other is not null && string.Equals(value, other.value, StringComparison.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as Secret);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(value);

    /// <summary>Text becomes a secret freely; only <see cref="Reveal"/> turns it back into text.</summary>
    public static implicit operator Secret(string value) => new(value);

    public static bool operator ==(Secret? left, Secret? right) => left?.Equals(right) ?? right is null;

    public static bool operator !=(Secret? left, Secret? right) => !(left == right);

    private sealed class SecretJsonConverter : JsonConverter<Secret>
    {
        public override Secret Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => new(reader.GetString() ?? "");

        public override void Write(Utf8JsonWriter writer, Secret secret, JsonSerializerOptions options) => writer.WriteStringValue(secret.value);
    }
}
