using System.Text;
using ChannelManagerDashboard.Features.Mapping;

namespace ChannelManagerDashboard.Tests.Features.Mapping;

public sealed class UploadedTextTests
{
    private const string Catalog = "kind,code,name\nroom,R-DBL,Dvoulůžkový pokoj\n";

    [Fact]
    public void UTF8_with_or_without_its_byte_order_mark_reads_as_typed()
    {
        Assert.Equal(Catalog, UploadedText.Decode("rooms.csv", Encoding.UTF8.GetBytes(Catalog)).Value);
        Assert.Equal(Catalog, UploadedText.Decode("rooms.csv", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Catalog)]).Value);
    }

    [Fact]
    public void UTF16_named_by_its_byte_order_mark_reads_as_typed()
    {
        Assert.Equal(Catalog, UploadedText.Decode("rooms.csv", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Catalog)]).Value);
        Assert.Equal(Catalog, UploadedText.Decode("rooms.csv", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Catalog)]).Value);
    }

    [Fact]
    public void A_legacy_code_page_file_is_refused_before_its_accents_are_garbled()
    {
        var latin2 = UploadedText.Decode("rooms.csv", [.. "room,R-DBL,Dvoul"u8, 0xF9, .. "\u017Ekov"u8]);

        Assert.False(latin2.Succeeded);
        Assert.StartsWith("'rooms.csv' is not UTF-8 text", latin2.Message);
    }

    [Fact]
    public void A_binary_file_is_refused_as_no_text()
    {
        var binary = UploadedText.Decode("rooms.xlsx", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00]);

        Assert.Equal("'rooms.xlsx' is not a text file. Save it as \"CSV UTF-8\" or JSON and import it again.", binary.Message);
    }
}
