using System.Text;
using ChannelManagerDashboard.Features.ConnectorReview;
using ChannelManagerDashboard.Features.ConnectorReview.Sample;

namespace ChannelManagerDashboard.Tests.Features.ConnectorReview;

public sealed class LogUploadTests
{
    private const string Token = "7059D2C25BF64EA681ACAB3A00B859CC-D91BFF2B1E3047A3E0DEC1D57BE1382";

    [Fact]
    public async Task An_upload_keeps_only_a_redacted_copy_and_deletes_it_when_done()
    {
        var lines = string.Join('\n', SampleIntegration.JsonLines(SampleVersion.Clean).Take(20)) + "\nnot json\n";
        // Only what GetTempFileName makes: other processes keep sockets and pipes in the same folder, which cannot be read.
        var before = Directory.GetFiles(Path.GetTempPath(), "*.tmp").ToHashSet();

        var upload = await LogUpload.ReceiveAsync(new MemoryStream(Encoding.UTF8.GetBytes(lines)), "run.jsonl", LogFormat.JsonLines, CancellationToken.None);

        Assert.Equal((20, 1), (upload.Requests, upload.BadLines));
        var kept = upload.Path;
        Assert.DoesNotContain(Token, await File.ReadAllTextAsync(kept));
        // The raw upload, tokens and all, is gone already.
        foreach (var file in Directory.GetFiles(Path.GetTempPath(), "*.tmp").Where(f => !before.Contains(f) && f != kept))
            Assert.DoesNotContain(Token, await ReadIfStillThereAsync(file));
        Assert.Equal(20, upload.Read().Count(e => e.Request is not null));
        upload.Dispose();
        Assert.False(File.Exists(kept));
    }

    /// <summary>Another test's temporary file may be deleted between the listing and the read.</summary>
    private static async Task<string> ReadIfStillThereAsync(string path)
    {
        try
        {
            return await File.ReadAllTextAsync(path);
        }
        catch (FileNotFoundException)
        {
            return "";
        }
    }
}
