using System.Security.Claims;
using ChannelManagerDashboard.Domain.Mews;
using Microsoft.AspNetCore.Components.Authorization;

namespace ChannelManagerDashboard.Features.Accounts;

/// <summary>
/// The person signed in to this circuit or request: recorded as "who" on every change, and asked what the page may
/// offer. The pages hide what a role may not do; the services behind them record the email.
/// </summary>
public sealed class CurrentUser : IDisposable
{
    private const string Nobody = "someone";
    private readonly AuthenticationStateProvider authentication;
    private ClaimsPrincipal principal = new(new ClaimsIdentity());
    private string? projectRole;

    public CurrentUser(AuthenticationStateProvider authentication)
    {
        this.authentication = authentication;
        authentication.AuthenticationStateChanged += OnChanged;
        OnChanged(authentication.GetAuthenticationStateAsync());
    }

    /// <summary>The signed-in email, or empty.</summary>
    public string Email => principal.Identity is { IsAuthenticated: true, Name: { } name } ? name : "";

    /// <summary>What is written to the "who" column.</summary>
    public string Who => Email.Length > 0 ? Email : Nobody;

    /// <summary>The signed-in account, for the services that look up what it may see.</summary>
    public ClaimsPrincipal Principal => principal;

    /// <summary>The strongest of the account's roles, or empty when signed out.</summary>
    public string Role => DashboardRoles.All.FirstOrDefault(principal.IsInRole) ?? "";

    /// <summary>The role in the open project's team; outside a project, the account's role.</summary>
    public string EffectiveRole => projectRole ?? Role;

    /// <summary>Owners and members change projects and run tests; viewers only read. Inside a project, its team's role counts.</summary>
    public bool CanChange => EffectiveRole is DashboardRoles.Owner or DashboardRoles.Member;

    /// <summary>Viewers see no token, not even masked.</summary>
    public bool SeesTokens => CanChange;

    /// <summary>Text as this person may see it: with token masks for owners and members, without them for viewers.</summary>
    public string Shown(string text) => SeesTokens ? text : TokenMask.HideMasks(text);

    public bool ManagesUsers => principal.IsInRole(DashboardRoles.Owner);

    /// <summary>The page shown is a project's, where the person has <paramref name="role"/>; null when it is no project's page.</summary>
    public void InProject(string? role) => projectRole = role;

    public void Dispose() => authentication.AuthenticationStateChanged -= OnChanged;

    private void OnChanged(Task<AuthenticationState> state)
    {
        // Inside a project, a new sign-in state (an ended session above all) may change nothing until the gate judges it again.
        if (projectRole is not null)
            projectRole = "";
        if (state.IsCompletedSuccessfully)
            principal = state.Result.User;
        else
            _ = state.ContinueWith(done => principal = done.Result.User, TaskContinuationOptions.OnlyOnRanToCompletion);
    }
}
