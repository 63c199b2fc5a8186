using System.IO.Compression;
using System.Text.Json;

namespace ChannelManagerDashboard.Features.PlayMews;

/// <summary>How a run's verdict is stored: JSON, gzip-compressed (a full push's evidence shrinks about tenfold).</summary>
public static class HarnessVerdictJson
{
    /// <summary>Strict about shape: a verdict written by another version reads as "cannot be read", not as nulls.</summary>
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        RespectRequiredConstructorParameters = true,
        RespectNullableAnnotations = true,
    };

    public static byte[] Compress(HarnessVerdict verdict)
    {
        using var buffer = new MemoryStream();
        using (var zip = new GZipStream(buffer, CompressionLevel.Fastest))
            JsonSerializer.Serialize(zip, verdict, Options);
        return buffer.ToArray();
    }

    /// <returns>Null when the stored bytes cannot be read back (written by a different version, or damaged).</returns>
    public static HarnessVerdict? Decompress(byte[] stored)
    {
        try
        {
            using var zip = new GZipStream(new MemoryStream(stored), CompressionMode.Decompress);
            return JsonSerializer.Deserialize<HarnessVerdict>(zip, Options);
        }
        catch (Exception ex) when (ex is JsonException or InvalidDataException or NotSupportedException)
        {
            return null;
        }
    }
}
