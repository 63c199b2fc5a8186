using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ChannelManagerDashboard.Features.Accounts;

/// <summary>
/// An open page (circuit) talks over its WebSocket, past the cookie check of each request, so it checks its session
/// itself: at once when this app ends the account's sessions (<see cref="SessionEnds"/>), and every
/// <see cref="AccountsExtensions.RecheckEvery"/> for changes made elsewhere (the <c>users</c> command).
/// </summary>
internal sealed class RevalidatingAuthenticationState : RevalidatingServerAuthenticationStateProvider
{
    private readonly SessionStamps stamps;
    private readonly SessionEnds ends;
    private readonly IOptions<IdentityOptions> identity;
    private readonly OpenPageMark mark;

    public RevalidatingAuthenticationState(ILoggerFactory loggers, SessionStamps stamps, SessionEnds ends, IOptions<IdentityOptions> identity,
        OpenPageMark mark) : base(loggers)
    {
        this.stamps = stamps;
        this.ends = ends;
        this.identity = identity;
        this.mark = mark;
        ends.Ended += OnEnded;
    }

    protected override TimeSpan RevalidationInterval => AccountsExtensions.RecheckEvery;

    protected override Task<bool> ValidateAuthenticationStateAsync(AuthenticationState state, CancellationToken cancellation) =>
        stamps.AreCurrentAsync(state.User, cancellation);

    private void OnEnded(string userId, string? sparedPage)
    {
        if (sparedPage == mark.Value)
            return;
        var current = GetAuthenticationStateAsync();
        if (current.IsCompletedSuccessfully && current.Result.User.FindFirstValue(identity.Value.ClaimsIdentity.UserIdClaimType) == userId)
            SetAuthenticationState(Task.FromResult(new AuthenticationState(new ClaimsPrincipal(new ClaimsIdentity()))));
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            ends.Ended -= OnEnded;
        base.Dispose(disposing);
    }
}
