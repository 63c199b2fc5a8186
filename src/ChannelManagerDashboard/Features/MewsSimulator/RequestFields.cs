using System.Text.Json.Nodes;
using ChannelManagerDashboard.Domain.Common;

namespace ChannelManagerDashboard.Features.MewsSimulator;

/// <summary>The string fields of a request the simulator reads, refused when they are not strings.</summary>
internal static class RequestFields
{
    /// <returns>The string field (null when absent or empty), or invalid when it is not a string.</returns>
    public static Result<string?> Text(JsonObject request, string field) => request[field] switch
    {
        null => Result.Of<string?>(null),
        JsonValue value when value.TryGetValue<string>(out var text) => Result.Of<string?>(string.IsNullOrWhiteSpace(text) ? null : text),
        _ => Result.Invalid(field, $"The {field} must be a string.").As<string?>(),
    };

    /// <returns>The string field; invalid with <paramref name="missing"/> when it is absent or empty, or as <see cref="Text"/> says.</returns>
    public static Result<string> Required(JsonObject request, string field, string missing)
    {
        var text = Text(request, field);
        return text.Value is { } value ? Result.Of(value)
            : text.Succeeded ? Result.Invalid(field, missing).As<string>()
            : text.As<string>();
    }
}
