using ChannelManagerDashboard.Domain.Projects;
using ChannelManagerDashboard.Features.PropertyConnections;

namespace ChannelManagerDashboard.Tests.Features.PropertyConnections;

public sealed class CredentialsDraftTests
{
    private static ConnectionsView Saved(string hint, string email) => new(new CertificationProject(), hint, null, null, email, "Jana", DateTimeOffset.UnixEpoch, []);

    [Fact]
    public void A_typed_token_or_a_changed_email_is_unsaved_work()
    {
        var draft = new CredentialsDraft();
        draft.Load(Saved("", "a@hotel.example"));

        Assert.False(draft.HasChanges);
        Assert.Equal("a@hotel.example", draft.Email);
        draft.Email = "b@hotel.example";
        Assert.True(draft.HasChanges);
        draft.Email = "a@hotel.example";
        draft.ClientToken = "B19F88CF7713E64D25084D443FEF7DEC";
        Assert.True(draft.HasChanges);
    }

    [Fact]
    public void A_reload_keeps_an_email_typed_but_not_sent()
    {
        var draft = new CredentialsDraft();
        draft.Load(Saved("", "a@hotel.example"));
        draft.Email = "typed@hotel.example";

        draft.Load(Saved("", "other@hotel.example"));

        Assert.Equal("typed@hotel.example", draft.Email);
    }

    [Fact]
    public void The_token_box_empties_only_once_that_token_is_saved()
    {
        var draft = new CredentialsDraft { ClientToken = "B19F88CF7713E64D25084D443FEF7DEC", Email = "a@hotel.example" };

        draft.AfterSave(Saved("XXXX…XXX", "a@hotel.example"));
        Assert.Equal("B19F88CF7713E64D25084D443FEF7DEC", draft.ClientToken);

        draft.AfterSave(Saved("B19F…DEC", "a@hotel.example"));
        Assert.Equal("", draft.ClientToken);
        Assert.False(draft.HasChanges);
    }
}
