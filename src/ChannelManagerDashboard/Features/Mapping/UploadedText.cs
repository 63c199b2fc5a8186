using Microsoft.AspNetCore.Components.Forms;

namespace ChannelManagerDashboard.Features.Mapping;

/// <summary>Reads an uploaded CSV or JSON file as text, refusing one over the import cap before streaming it.</summary>
public static class UploadedText
{
    public static async Task<(string? Text, string? Problem)> ReadAsync(IBrowserFile file)
    {
        if (file.Size > ImportLimits.MaxFileBytes)
            return (null, $"'{file.Name}' is {file.Size / 1024} KB; the limit is {ImportLimits.MaxFileBytes / 1024} KB. Split it into smaller files.");
        await using var stream = file.OpenReadStream(ImportLimits.MaxFileBytes);
        using var reader = new StreamReader(stream, detectEncodingFromByteOrderMarks: true);
        var text = await reader.ReadToEndAsync();
        return text.Contains('\0')
            ? (null, $"'{file.Name}' is not a text file. Export the catalog or mapping as CSV (UTF-8) or JSON.")
            : (text, null);
    }
}
