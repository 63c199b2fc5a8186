using ChannelManagerDashboard.Domain.Mews;

namespace ChannelManagerDashboard.Features.PropertyConnections;

/// <summary>
/// P4's entries as typed. The wizard page owns it, so they survive switching steps and count as unsaved work when
/// leaving the page; they are saved (the token encrypted) when Get properties is called.
/// </summary>
public sealed class CredentialsDraft
{
    private string savedEmail = "";

    public string ClientToken { get; set; } = "";
    public string Email { get; set; } = "";

    public bool HasChanges => ClientToken.Trim().Length > 0 || Email.Trim() != savedEmail;

    /// <summary>Takes the saved state; an email typed but not yet sent stays.</summary>
    public void Load(ConnectionsView view)
    {
        if (Email.Trim() == savedEmail)
            Email = view.EmployeeEmail;
        savedEmail = view.EmployeeEmail;
    }

    /// <summary>
    /// After a call: once the typed token is saved (its mask is stored, as the token in use or as the one Mews refused),
    /// the box empties so the page stops holding it.
    /// </summary>
    public void AfterSave(ConnectionsView view)
    {
        var typed = TokenMask.Mask(ClientToken);
        if (ClientToken.Trim().Length > 0 && (view.ClientTokenHint == typed || view.Refused?.Hint == typed))
            ClientToken = "";
        savedEmail = view.EmployeeEmail;
    }

    public void FillFrom(string clientToken, string email)
    {
        ClientToken = clientToken;
        Email = email;
    }
}
