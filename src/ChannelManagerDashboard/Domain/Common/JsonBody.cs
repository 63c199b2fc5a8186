using System.Text.Json;

namespace ChannelManagerDashboard.Domain.Common;

/// <summary>A body that may or may not be JSON: a channel manager's answer, or one cut for size.</summary>
public static class JsonBody
{
    /// <returns>The parsed document, which the caller disposes; or Invalid when the text is not JSON.</returns>
    public static Result<JsonDocument> Parse(string text) => Parse(() => JsonDocument.Parse(text));

    /// <inheritdoc cref="Parse(string)"/>
    public static Result<JsonDocument> Parse(ReadOnlyMemory<byte> utf8) => Parse(() => JsonDocument.Parse(utf8));

    /// <remarks>System.Text.Json says a text is not JSON only by throwing; this is the one place that turns that into a result.</remarks>
    private static Result<JsonDocument> Parse(Func<JsonDocument> parse)
    {
        try
        {
            return Result.Of(parse());
        }
        catch (JsonException ex)
        {
            return Result.Invalid(Result.Whole, ex.Message).As<JsonDocument>();
        }
    }
}
