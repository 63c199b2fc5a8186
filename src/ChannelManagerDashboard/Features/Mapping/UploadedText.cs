using System.Text;
using System.Text.Unicode;
using ChannelManagerDashboard.Domain.Common;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.JSInterop;

namespace ChannelManagerDashboard.Features.Mapping;

/// <summary>Reads an uploaded CSV or JSON file as text, refusing one over the import cap before streaming it.</summary>
public static class UploadedText
{
    private const string SaveAs = "Save it as \"CSV UTF-8\" or JSON and import it again.";

    private static readonly byte[] Utf8Mark = [0xEF, 0xBB, 0xBF];

    /// <summary>The other encodings a byte order mark names, longest mark first.</summary>
    private static readonly (byte[] Mark, Encoding Encoding)[] Marked =
    [
        ([0xFF, 0xFE, 0x00, 0x00], Encoding.UTF32),
        ([0x00, 0x00, 0xFE, 0xFF], new UTF32Encoding(bigEndian: true, byteOrderMark: true)),
        ([0xFF, 0xFE], Encoding.Unicode),
        ([0xFE, 0xFF], Encoding.BigEndianUnicode),
    ];

    public static async Task<Result<string>> ReadAsync(IBrowserFile file)
    {
        var name = UploadedFileName.Clean(file.Name);
        if (file.Size > ImportLimits.MaxFileBytes)
            return Result.InvalidWhole<string>($"'{name}' is {file.Size / 1024} KB; the limit is {ImportLimits.MaxFileBytes / 1024} KB. Split it into smaller files.");
        using var bytes = new MemoryStream();
        try
        {
            await using var stream = file.OpenReadStream(ImportLimits.MaxFileBytes);
            await stream.CopyToAsync(bytes);
        }
        catch (Exception ex) when (ex is IOException or JSException)
        {
            return Result.InvalidWhole<string>($"'{name}' could not be read from the browser ({ex.Message}). Choose the file again.");
        }
        return Decode(name, bytes.GetBuffer().AsSpan(0, (int)bytes.Length));
    }

    /// <summary>
    /// The file's text: UTF-8 (with or without its byte order mark), or the UTF-16 or UTF-32 its mark names. Bytes that
    /// are not UTF-8 are refused, as decoding them anyway would garble accented names.
    /// </summary>
    public static Result<string> Decode(string name, ReadOnlySpan<byte> bytes)
    {
        foreach (var (mark, encoding) in Marked)
        {
            if (bytes.StartsWith(mark))
                return Text(name, encoding.GetString(bytes[mark.Length..]));
        }
        var body = bytes.StartsWith(Utf8Mark) ? bytes[Utf8Mark.Length..] : bytes;
        return Utf8.IsValid(body)
            ? Text(name, Encoding.UTF8.GetString(body))
            : Result.InvalidWhole<string>($"'{name}' is not UTF-8 text, so its accented names would be garbled. {SaveAs}");
    }

    private static Result<string> Text(string name, string text) =>
        text.Contains('\0') ? Result.InvalidWhole<string>($"'{name}' is not a text file. {SaveAs}") : Result.Of(text);

}
