using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Features.Accounts.Teams;

namespace ChannelManagerDashboard.Features.Accounts.Pages;

/// <summary>What the users page shows and does: the accounts, the add and new-password forms, and the last invitation.</summary>
public sealed class UsersPageState(AccountDirectory directory, NewAccounts accounts, AccountChanges changes, TeamAdministration teams)
{
    public IReadOnlyList<UserRow> Rows { get; private set; } = [];
    public IReadOnlyList<string> TeamNames { get; private set; } = [];
    public NewUserDraft Draft { get; private set; } = new();
    public NewUserDraft Reset { get; private set; } = new();
    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();
    public IReadOnlyDictionary<string, string> ResetErrors { get; private set; } = new Dictionary<string, string>();

    /// <summary>The account last invited and the token of its link, shown until the next account is added.</summary>
    public (string Email, string Token)? Invitation { get; private set; }

    public bool Busy { get; private set; }

    public async Task LoadAsync()
    {
        Rows = await directory.ListAsync();
        TeamNames = (await teams.ListAsync()).OrderBy(t => t.Id).Select(t => t.Name).ToList();
    }

    public static string SignInState(UserRow row) => row switch
    {
        { Invited: true } => "invited, no password yet",
        { LockedOutUntil: { } until } => $"locked until {until.UtcDateTime:yyyy-MM-dd HH:mm} UTC",
        { TwoFactor: true } => "password and authenticator",
        _ => "password",
    };

    /// <summary>The page's address for accepting an invitation, relative to the app's base.</summary>
    public static string InvitationAddress(string email, string token) =>
        $"{AccountsExtensions.InvitationPath}?email={Uri.EscapeDataString(email)}&token={Uri.EscapeDataString(token)}";

    /// <summary>Adds the drafted account with a password or an invitation link; its problems show on the form's fields.</summary>
    public Task<Result> AddAsync(string by) => WorkAsync(async () =>
    {
        Invitation = null;
        var email = Draft.Email.Trim();
        Result added;
        if (Draft.SetPassword)
            added = await accounts.AddAsync(email, Draft.Password, Draft.Role, by, Draft.Team);
        else
        {
            var invited = await accounts.InviteAsync(email, Draft.Role, by, Draft.Team);
            if (invited.Succeeded)
                Invitation = (email, invited.Value!);
            added = invited;
        }
        Errors = added.Errors;
        if (added.Succeeded)
            Draft = new();
        return added;
    });

    public Task<Result> ReinviteAsync(UserRow row) => WorkAsync(async () =>
    {
        var again = await accounts.ReinviteAsync(row.Email);
        if (again.Succeeded)
            Invitation = (row.Email, again.Value!);
        return again;
    });

    public Task<Result> SetRoleAsync(UserRow row, string role) => WorkAsync(() => changes.SetRoleAsync(row.Email, role));

    public Task<Result> SignOutEverywhereAsync(UserRow row, string by) => WorkAsync(() => changes.EndSessionsAsync(row.Email, $"signed out everywhere by {by}"));

    public Task<Result> RemoveAsync(UserRow row) => WorkAsync(() => changes.RemoveAsync(row.Email));

    /// <summary>Sets the drafted new password; its problems show on the form's fields.</summary>
    public Task<Result> ResetPasswordAsync() => WorkAsync(async () =>
    {
        var result = await changes.ResetPasswordAsync(Reset.Email, Reset.Password);
        ResetErrors = result.Errors;
        if (result.Succeeded)
            Reset = new();
        return result;
    });

    private async Task<Result> WorkAsync(Func<Task<Result>> work)
    {
        Busy = true;
        try
        {
            var result = await work();
            Rows = await directory.ListAsync();
            return result;
        }
        finally
        {
            Busy = false;
        }
    }

    public sealed class NewUserDraft
    {
        public string Email { get; set; } = "";
        public string Role { get; set; } = DashboardRoles.Member;
        public bool SetPassword { get; set; }
        public string Password { get; set; } = "";
        public string? Team { get; set; }
    }
}
