using ChannelManagerDashboard.Domain.Common;

namespace ChannelManagerDashboard.Features.Preparation;

/// <summary>
/// P8 keeps the certification file Mews sends: a spreadsheet, a document or a PDF. Anything else (a program, an
/// archive, an image) is refused by its name, and a program renamed to look like one is refused by its first bytes.
/// </summary>
public static class CertificationFileType
{
    public static IReadOnlyList<string> Extensions { get; } = [".xlsx", ".xls", ".ods", ".csv", ".docx", ".doc", ".odt", ".pdf"];

    /// <summary>The browser's file picker offers only these (the server checks again).</summary>
    public static string Accept { get; } = string.Join(",", Extensions);

    /// <summary>How Windows programs (MZ), Linux programs (ELF) and scripts (#!) begin.</summary>
    private static readonly byte[][] ProgramStarts = ["MZ"u8.ToArray(), [0x7F, (byte)'E', (byte)'L', (byte)'F'], "#!"u8.ToArray()];

    private static string Allowed => $"Upload a spreadsheet, document or PDF ({string.Join(" ", Extensions)})";

    /// <returns>Ok when the name ends in an allowed extension, otherwise why not.</returns>
    public static Result CheckName(string fileName)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (Extensions.Contains(extension))
            return Result.Ok();
        var kind = extension.Length == 0 ? "has no file type" : $"is a {extension} file";
        return Result.Invalid(CertificationFileService.Field, $"'{fileName}' {kind}, not a spreadsheet, document or PDF. {Allowed}.");
    }

    /// <returns>Ok when the name and the first bytes fit a certification file, otherwise why not.</returns>
    public static Result Check(string fileName, ReadOnlySpan<byte> content)
    {
        if (CheckName(fileName) is { Succeeded: false } badName)
            return badName;
        foreach (var start in ProgramStarts)
        {
            if (content.StartsWith(start))
                return Result.Invalid(CertificationFileService.Field, $"'{fileName}' is named like a certification file but is a program. {Allowed}.");
        }
        return Result.Ok();
    }
}
