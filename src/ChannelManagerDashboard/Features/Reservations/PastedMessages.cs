namespace ChannelManagerDashboard.Features.Reservations;

/// <summary>What a person pasted for one test, kept by the page until it is judged, so nothing typed is lost.</summary>
public sealed class PastedMessages
{
    public string Group { get; set; } = "";
    public string Confirmation { get; set; } = "";
}
