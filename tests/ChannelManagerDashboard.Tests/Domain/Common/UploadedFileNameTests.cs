using ChannelManagerDashboard.Domain.Common;

namespace ChannelManagerDashboard.Tests.Domain.Common;

public sealed class UploadedFileNameTests
{
    [Theory]
    [InlineData("certification.xlsx", "certification.xlsx")]
    [InlineData("C:\\Users\\ana\\certification.xlsx", "certification.xlsx")]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("file.xlsx\r\n[12:00:00 INF] Stored certification file forged.xlsx", "file.xlsx[12:00:00 INF] Stored certification file forged.xlsx")]
    [InlineData("invoice\u202Excod.exe", "invoicexcod.exe")]
    [InlineData("\u2067report\u2069.pdf", "report.pdf")]
    [InlineData("\u0000\u0007", UploadedFileName.Fallback)]
    [InlineData(null, UploadedFileName.Fallback)]
    public void A_file_name_loses_its_folders_control_characters_and_direction_overrides(string? sent, string kept) =>
        Assert.Equal(kept, UploadedFileName.Clean(sent));
}
