using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Features.ConnectorReview.Sample;

namespace ChannelManagerDashboard.Features.ConnectorReview;

/// <summary>
/// The import panel: the run's name and format, a file read but not yet imported because it has bad lines, and what
/// went wrong. A file without bad lines is imported at once.
/// </summary>
public sealed class RunImportState(ConnectorRunService runs) : IDisposable
{
    public const long MaxBytes = 512L * 1024 * 1024;

    public string Name { get; set; } = "";
    public LogFormat? Format { get; set; }
    public LogUpload? Pending { get; private set; }
    public string? Problem { get; private set; }
    public bool Busy { get; private set; }

    /// <param name="open">Opens the file's content, at most <see cref="MaxBytes"/>.</param>
    /// <returns>The import's result when the file went in whole; null when it is refused or waits for a decision on its bad lines.</returns>
    public async Task<Result<int>?> ReceiveAsync(int projectId, string who, string fileName, long size, Func<Stream> open)
    {
        Discard();
        if (size > MaxBytes)
        {
            Problem = $"'{fileName}' is {ByteSize.Format(size)}; the limit is {ByteSize.Format(MaxBytes)}. Split the run, or review it with the connector-review command.";
            return null;
        }
        if ((Format ?? ConnectorLog.FromFileName(fileName)) is not { } chosen)
        {
            Problem = $"Which format is '{fileName}'? Pick HAR, JSON Lines or CSV, then choose the file again.";
            return null;
        }
        Busy = true;
        try
        {
            await using var stream = open();
            var upload = await LogUpload.ReceiveAsync(stream, fileName, chosen, CancellationToken.None);
            if (upload.Requests == 0)
            {
                Problem = upload.FirstBadLines.FirstOrDefault() is { } line
                    ? $"'{fileName}' holds no call readable as {chosen.Label()}. {line.Describe()}"
                    : $"'{fileName}' is empty.";
                upload.Dispose();
                return null;
            }
            Pending = upload;
        }
        catch (IOException ex)
        {
            Problem = $"'{fileName}' could not be read ({ex.Message}). Choose it again.";
            return null;
        }
        finally
        {
            Busy = false;
        }
        return Pending.BadLines == 0 ? await ImportPendingAsync(projectId, who) : null;
    }

    /// <summary>Imports the file that waits, without its bad lines; null when none waits.</summary>
    public async Task<Result<int>?> ImportPendingAsync(int projectId, string who)
    {
        if (Pending is not { } upload)
            return null;
        Busy = true;
        try
        {
            var result = await runs.ImportAsync(projectId, upload.Read(), Name.Trim().Length > 0 ? Name : upload.Name, RunSource.Import, who,
                new LeftOut(upload.BadLines, upload.FirstBadLines));
            Discard();
            if (!result.Succeeded)
                Problem = result.Message;
            else
                Name = "";
            return result;
        }
        finally
        {
            Busy = false;
        }
    }

    public async Task<Result<int>> SampleAsync(int projectId, SampleVersion version, string who)
    {
        Busy = true;
        try
        {
            var result = await runs.AddSampleAsync(projectId, version, who);
            Problem = result.Succeeded ? null : result.Message;
            return result;
        }
        finally
        {
            Busy = false;
        }
    }

    public void Discard()
    {
        Pending?.Dispose();
        Pending = null;
        Problem = null;
    }

    public void Dispose() => Discard();
}
