using ChannelManagerDashboard.Data;
using ChannelManagerDashboard.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ChannelManagerDashboard.Features.Preparation;

/// <summary>P8's certification file: checked by size, name and first bytes, kept in the database, and downloaded again.</summary>
public sealed class CertificationFileService(
    IDbContextFactory<DashboardDbContext> dbFactory,
    PreparationService preparation,
    TimeProvider clock,
    IOptions<PreparationOptions> options,
    ILogger<CertificationFileService> log)
{
    /// <summary>Where the page shows what is wrong with an upload.</summary>
    public const string Field = "File";

    public long MaxBytes => options.Value.MaxCertificationFileBytes;

    /// <returns>Ok when a file of <paramref name="size"/> bytes may be uploaded, otherwise why not.</returns>
    public Result CheckSize(string fileName, long size) =>
        size > MaxBytes
            ? Result.Invalid(Field, $"'{fileName}' is larger than {ByteSize.Format(MaxBytes)}, the limit. Remove embedded images or send a compressed copy.")
            : size == 0 ? Result.Invalid(Field, $"'{fileName}' is empty. Upload the filled-in certification file.") : Result.Ok();

    public async Task<Result> SaveAsync(int projectId, string fileName, string contentType, Stream content, string who)
    {
        using var buffer = new MemoryStream();
        // Read at most one byte past the cap, so an oversized upload is refused without being held in memory whole.
        var read = await BoundedCopy.CopyAtMostAsync(content, buffer, MaxBytes + 1);
        if (CheckSize(fileName, read) is { Succeeded: false } badSize)
            return badSize;
        if (CertificationFileType.Check(fileName, buffer.GetBuffer().AsSpan(0, (int)buffer.Length)) is { Succeeded: false } badType)
            return badType;

        await using var db = await dbFactory.CreateDbContextAsync();
        var project = await db.Projects.FirstOrDefaultAsync(p => p.Id == projectId);
        if (project is null)
            return Result.ProjectMissing(projectId, Field);
        var file = await db.CertificationFiles.FirstOrDefaultAsync(f => f.ProjectId == projectId);
        if (file is null)
        {
            file = new CertificationFile { ProjectId = projectId };
            db.CertificationFiles.Add(file);
        }
        file.FileName = UploadedFileName.Clean(fileName);
        file.ContentType = string.IsNullOrWhiteSpace(contentType) ? "application/octet-stream" : contentType;
        file.Content = buffer.ToArray();
        file.Size = file.Content.Length;
        file.UploadedBy = who;
        file.UploadedAt = project.UpdatedAt = clock.GetUtcNow();
        if (await db.TrySaveAsync(log, $"the certification file of project {projectId}", who) is { Succeeded: false } failure)
            return failure;
        log.LogInformation("Stored certification file {FileName} ({Size} bytes) for project {ProjectId}", file.FileName, file.Size, projectId);
        return Result.Ok().Including(await preparation.SyncAutomaticStepsAsync(projectId, who));
    }

    public async Task<CertificationFile?> GetAsync(int projectId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        return await db.CertificationFiles.AsNoTracking().FirstOrDefaultAsync(f => f.ProjectId == projectId);
    }
}
