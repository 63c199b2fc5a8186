namespace ChannelManagerDashboard.Features.Preparation;

/// <summary>P8: the certification file Mews sends and the partner fills in. One per project; a new upload replaces it.</summary>
public class CertificationFile
{
    public int ProjectId { get; set; }
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long Size { get; set; }
    public byte[] Content { get; set; } = [];
    public string UploadedBy { get; set; } = "";
    public DateTimeOffset UploadedAt { get; set; }
}
