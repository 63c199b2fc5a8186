using System.Text;
using ChannelManagerDashboard.Domain.Common;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.JSInterop;

namespace ChannelManagerDashboard.Features.Mapping;

/// <summary>Reads an uploaded CSV or JSON file as text, refusing one over the import cap before streaming it.</summary>
public static class UploadedText
{
    private const string SaveAs = "Save it as \"CSV UTF-8\" or JSON and import it again.";

    public static async Task<Result<string>> ReadAsync(IBrowserFile file)
    {
        if (file.Size > ImportLimits.MaxFileBytes)
            return Refused($"'{UploadedFileName.Clean(file.Name)}' is {file.Size / 1024} KB; the limit is {ImportLimits.MaxFileBytes / 1024} KB. Split it into smaller files.");
        try
        {
            await using var stream = file.OpenReadStream(ImportLimits.MaxFileBytes);
            using var reader = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
            var text = await reader.ReadToEndAsync();
            return text.Contains('\0') ? Refused($"'{UploadedFileName.Clean(file.Name)}' is not a text file. {SaveAs}") : Result.Of(text);
        }
        catch (DecoderFallbackException)
        {
            return Refused($"'{UploadedFileName.Clean(file.Name)}' is not UTF-8 text, so its accented names would be garbled. {SaveAs}");
        }
        catch (Exception ex) when (ex is IOException or JSException)
        {
            return Refused($"'{UploadedFileName.Clean(file.Name)}' could not be read from the browser ({ex.Message}). Choose the file again.");
        }
    }

    private static Result<string> Refused(string why) => Result.Invalid(Result.Whole, why).As<string>();
}
