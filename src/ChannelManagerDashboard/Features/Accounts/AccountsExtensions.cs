using ChannelManagerDashboard.Data;
using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Features.Accounts.Teams;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChannelManagerDashboard.Features.Accounts;

public static class AccountsExtensions
{
    public const string LoginPath = "/account/login";
    public const string LogoutPath = "/account/logout";
    public const string FirstOwnerPath = "/account/first-owner";
    public const string TwoFactorSignInPath = "/account/login-two-factor";
    public const string InvitationPath = "/account/invitation";

    /// <summary>
    /// How often an open page (circuit) checks its session's security stamp, for changes made outside this app (the
    /// <c>users</c> command): one indexed read per open page each time. Changes made in the app end its pages at once.
    /// </summary>
    public static readonly TimeSpan RecheckEvery = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Wrong tries, from all addresses together, that lock an account. High on purpose: the per-address throttle
    /// (<see cref="SignInThrottle"/>) is what slows a guesser, and a low account-wide count would let anyone keep an
    /// owner out; this ceiling only stops guessing spread over many addresses (at most this many tries per lock).
    /// </summary>
    public const int AccountCeiling = 100;

    public static readonly TimeSpan LockedFor = TimeSpan.FromMinutes(15);

    /// <summary>A session ends after this long without a request; every request moves the end on.</summary>
    public static readonly TimeSpan IdleSession = TimeSpan.FromHours(8);

    public static IServiceCollection AddAccounts(this IServiceCollection services)
    {
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, RevalidatingAuthenticationState>();
        services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();
        services.AddIdentityCore<DashboardUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                // Length over composition rules: a 12-character minimum with a few different characters.
                options.Password.RequiredLength = 12;
                options.Password.RequiredUniqueChars = 4;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = AccountCeiling;
                options.Lockout.DefaultLockoutTimeSpan = LockedFor;
                options.Lockout.AllowedForNewUsers = true;
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<DashboardDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = "cmd.session";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.LoginPath = LoginPath;
            cookie.LogoutPath = LogoutPath;
            cookie.AccessDeniedPath = "/account/denied";
            cookie.ExpireTimeSpan = IdleSession;
            cookie.SlidingExpiration = true;
            cookie.Events.OnValidatePrincipal = SessionStamps.ValidatePrincipalAsync;
            cookie.Events.OnRedirectToLogin = context => Refuse(context, StatusCodes.Status401Unauthorized);
            cookie.Events.OnRedirectToAccessDenied = context => Refuse(context, StatusCodes.Status403Forbidden);
        });
        // On the sign-in and sign-out paths (which Identity's other cookies share, as their defaults differ only in case),
        // each cookie handler would send the person to the query's raw ReturnUrl, and a non-ASCII one fails the Location
        // header: a 500. Those pages send the person on themselves, through ReturnUrl.Safe.
        services.ConfigureAll<CookieAuthenticationOptions>(cookie => cookie.Events.OnRedirectToReturnUrl = _ => Task.CompletedTask);
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(DashboardRoles.CanChange, policy => policy.RequireRole(DashboardRoles.Owner, DashboardRoles.Member))
            .AddPolicy(DashboardRoles.ManagesUsers, policy => policy.RequireRole(DashboardRoles.Owner));
        services.TryAddSingleton<IMessageBus, LocalMessageBus>();
        services.AddSingleton<SessionStamps>().AddSingleton<SessionEnds>().AddSingleton<SignInThrottle>().AddScoped<SignInAttempts>()
            .AddScoped<OpenPageMark>();
        return services.AddScoped<CurrentUser>().AddScoped<AccountDirectory>().AddScoped<RoleGrants>().AddScoped<NewAccounts>()
            .AddScoped<AccountChanges>().AddTransient<Pages.UsersPageState>().AddTransient<Pages.TeamsPageState>().AddTransient<Pages.TwoFactorPageState>().AddScoped<AuthenticatorSetup>().AddScoped<ProjectAccess>().AddScoped<TeamAdministration>();
    }

    public static IEndpointRouteBuilder MapAccounts(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(LogoutPath, async (HttpContext context, [FromServices] IAntiforgery antiforgery, [FromServices] SignInManager<DashboardUser> signIn,
            [FromServices] AccountChanges accounts) =>
        {
            // Minimal APIs check antiforgery only for endpoints that bind a form; this one reads none, so it checks itself.
            if (!await antiforgery.IsRequestValidAsync(context))
                return Results.BadRequest("Sign out with the button on a dashboard page.");
            // Not only this browser's cookie: a copy of it, and the account's other sessions, end too.
            if (context.User.Identity is { IsAuthenticated: true, Name: { } email })
                await accounts.EndSessionsAsync(email, "signed out", (await context.Request.ReadFormAsync())[OpenPageMark.FormField].ToString());
            await signIn.SignOutAsync();
            return Results.LocalRedirect(LoginPath + "?signedOut=true");
        });
        return endpoints;
    }

    /// <summary>
    /// A person's page request goes to the sign-in page; the Blazor hub and downloads fetched by script get the status,
    /// which they can act on, instead of a redirect to HTML.
    /// </summary>
    private static Task Refuse(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/_blazor") || !HttpMethods.IsGet(context.Request.Method))
            context.Response.StatusCode = status;
        else
            context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
