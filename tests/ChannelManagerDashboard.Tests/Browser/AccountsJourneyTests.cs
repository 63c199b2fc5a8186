using System.Text.RegularExpressions;
using ChannelManagerDashboard.Features.Accounts;
using ChannelManagerDashboard.Features.MewsSimulator;
using ChannelManagerDashboard.Tests.Support;
using Microsoft.Playwright;
using OtpNet;
using static Microsoft.Playwright.Assertions;

namespace ChannelManagerDashboard.Tests.Browser;

/// <summary>
/// A new dashboard from its first start: the owner account, an invited viewer who reads but runs nothing and sees no
/// token, and two-factor sign-in with an authenticator app.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccountsJourneyTests(BrowserFixture browser) : IDisposable
{
    private const string OwnerEmail = "founder@example.com";
    private readonly TempFolder data = new();

    public void Dispose() => data.Dispose();

    [Fact]
    public async Task The_first_owner_invites_a_viewer_who_reads_without_tokens_and_turns_on_two_factor_sign_in()
    {
        await using var app = await AppProcess.StartAsync(data.Path, accounts: false);
        await using var ownerContext = await browser.Browser.NewContextAsync();
        var owner = await ownerContext.NewPageAsync();

        // No account yet: every address leads to the one-time owner page.
        await owner.GotoAsync(new Uri(app.BaseAddress, "/projects/1").ToString());
        await owner.WaitForUrlAsync("/account/first-owner$");
        await owner.GetByLabel("Email").FillAsync(OwnerEmail);
        await owner.GetByLabel("Password", new() { Exact = true }).FillAsync("short");
        await owner.GetByLabel("Confirm password").FillAsync("short");
        await owner.GetByRole(AriaRole.Button, new() { Name = "Create owner account" }).ClickAsync();
        await Expect(owner.Locator(".account-error").First).ToContainTextAsync("at least 12 characters");
        await owner.GetByLabel("Password", new() { Exact = true }).FillAsync(TestAccounts.Password);
        await owner.GetByLabel("Confirm password").FillAsync(TestAccounts.Password);
        await owner.GetByRole(AriaRole.Button, new() { Name = "Create owner account" }).ClickAsync();
        await owner.WaitForInteractiveAsync();
        await Expect(owner.Locator("#current-user-email")).ToHaveTextAsync(OwnerEmail);
        await Expect(owner.Locator("#current-user-role")).ToContainTextAsync("Owner");
        var projectId = await owner.CreateProjectAsync(app.BaseAddress, "Read by the partner manager", endpointBaseUrl: "");
        await owner.ConnectToSimulatorAsync(app.BaseAddress, projectId);

        // The page is gone once the owner exists.
        await using var stranger = await browser.Browser.NewContextAsync();
        var strangerPage = await stranger.NewPageAsync();
        await strangerPage.GotoAsync(new Uri(app.BaseAddress, AccountsExtensions.FirstOwnerPath).ToString());
        await strangerPage.WaitForUrlAsync("/account/login$");

        // An invitation link, copied by hand: no email server.
        await owner.OpenAsync(app.BaseAddress, "/account/users");
        await owner.EnterAsync("#new-user-email", "partner.manager@example.com");
        await owner.ChooseAsync("new-user-role", "Viewer");
        await owner.ClickAsync("#add-user");
        var link = await owner.Locator("#invitation-url").InnerTextAsync();
        Assert.StartsWith(new Uri(app.BaseAddress, "/account/invitation?email=partner.manager%40example.com&token=").ToString(), link);
        await Expect(owner.Locator("#users-table")).ToContainTextAsync("invited, no password yet");

        await strangerPage.GotoAsync(link);
        await strangerPage.GetByLabel("Password", new() { Exact = true }).FillAsync("partner manager passphrase");
        await strangerPage.GetByLabel("Confirm password").FillAsync("partner manager passphrase");
        await strangerPage.GetByRole(AriaRole.Button, new() { Name = "Set password and sign in" }).ClickAsync();
        await strangerPage.WaitForInteractiveAsync();
        await Expect(strangerPage.Locator("#current-user-role")).ToContainTextAsync("Viewer");
        await Expect(strangerPage.Locator("#nav-users")).ToHaveCountAsync(0);
        await Expect(strangerPage.Locator("#create-project")).ToHaveCountAsync(0);

        // The viewer reads P4 and Play Mews: no token, not even masked, and nothing to run.
        await strangerPage.OpenAsync(app.BaseAddress, $"/projects/{projectId}/setup/P4");
        await Expect(strangerPage.Locator("#p4-chosen")).ToContainTextAsync("CM connection - main");
        await Expect(strangerPage.Locator("#p4-client-token")).ToHaveCountAsync(0);
        await Expect(strangerPage.Locator("#p4-use-simulator")).ToBeDisabledAsync();
        Assert.DoesNotMatch(Masked(), await strangerPage.InnerTextAsync("main"));
        await strangerPage.OpenAsync(app.BaseAddress, $"/projects/{projectId}/play-mews");
        await Expect(strangerPage.Locator("#viewer-notice")).ToBeVisibleAsync();
        await Expect(strangerPage.Locator("#run-all")).ToBeDisabledAsync();
        await Expect(strangerPage.Locator("#harness-INV-01 .run-test")).ToBeDisabledAsync();
        await Expect(strangerPage.Locator("#harness-INV-01 .show-test")).ToBeEnabledAsync();
        Assert.DoesNotMatch(Masked(), await strangerPage.InnerTextAsync("main"));
        // Who did what: the timeline names the owner's email on every change, and filters.
        await strangerPage.OpenAsync(app.BaseAddress, $"/projects/{projectId}/activity");
        await Expect(strangerPage.Locator(".activity-entry[data-kind='Connection']").First).ToContainTextAsync("connection picked");
        await Expect(strangerPage.Locator(".activity-entry[data-kind='Connection']").First).ToContainTextAsync(OwnerEmail);
        await strangerPage.ChooseAsync("activity-kind", "Configuration");
        await Expect(strangerPage.Locator(".activity-entry[data-kind='Connection']")).ToHaveCountAsync(0);
        await Expect(strangerPage.Locator(".activity-entry[data-kind='Configuration']")).ToContainTextAsync("configuration fetched");
        Assert.DoesNotMatch(Masked(), await strangerPage.InnerTextAsync("main"));
        await strangerPage.OpenAsync(app.BaseAddress, "/simulator");
        await Expect(strangerPage.Locator("#simulator-client-token")).ToHaveCountAsync(0);

        // Every page the viewer can read: no token of the simulator, whole or masked; the links between pages still work.
        var seed = SimulatorSeed.Load(Path.Combine(AppProcess.AppDirectory, "simulator-seed.json"));
        foreach (var path in new[] { $"/projects/{projectId}", $"/projects/{projectId}/setup/P5", $"/projects/{projectId}/setup/P6", $"/projects/{projectId}/configuration",
                     $"/projects/{projectId}/mapping", $"/projects/{projectId}/tests", "/simulator", "/reference-cm" })
        {
            await strangerPage.OpenAsync(app.BaseAddress, path);
            var text = await strangerPage.InnerTextAsync("main");
            Assert.DoesNotMatch(Masked(), text);
            Assert.DoesNotContain(seed.ClientToken[..12], text);
            Assert.All(seed.Connections, connection => Assert.DoesNotContain(connection.Token[..12], text));
        }
        await strangerPage.OpenAsync(app.BaseAddress, $"/projects/{projectId}/setup/P5");
        await Expect(strangerPage.Locator("#p5-view")).ToBeEnabledAsync();
        await Expect(strangerPage.Locator("#step-following")).ToBeEnabledAsync();
        await Expect(strangerPage.Locator("#p5-connections .p5-fetch")).ToBeDisabledAsync();
        await strangerPage.GotoAsync(new Uri(app.BaseAddress, "/account/users").ToString());
        await Expect(strangerPage.Locator("main")).ToContainTextAsync("Your role does not allow this");

        // Two-factor: the key from the page, a code an authenticator app would show, then sign-in asks for it.
        await owner.GotoAsync(new Uri(app.BaseAddress, "/account/two-factor").ToString());
        var key = (await owner.Locator("#authenticator-key").InnerTextAsync()).Replace(" ", "").ToUpperInvariant();
        await owner.GetByLabel("Code from the app").FillAsync("000000");
        await owner.ClickAsync("#two-factor-on");
        await Expect(owner.Locator(".account-error")).ToContainTextAsync("not the one the app shows");
        await owner.GetByLabel("Code from the app").FillAsync(new Totp(Base32Encoding.ToBytes(key)).ComputeTotp());
        // Turning it on changes the account's security stamp; the answer renews the session cookie to match.
        var turnedOn = await owner.RunAndWaitForResponseAsync(() => owner.ClickAsync("#two-factor-on"),
            response => response.Request.Method == "POST" && response.Url.Contains("/account/two-factor", StringComparison.Ordinal));
        Assert.Contains("cmd.session=", await turnedOn.HeaderValueAsync("set-cookie") ?? "");
        var recoveryCodes = await owner.Locator("#recovery-codes li").AllInnerTextsAsync();
        Assert.Equal(8, recoveryCodes.Count);
        await owner.OpenAsync(app.BaseAddress, "/");
        await owner.ClickAsync("#sign-out");
        await owner.WaitForUrlAsync("/account/login\\?signedOut=true$");

        await owner.GetByLabel("Email").FillAsync(OwnerEmail);
        await owner.GetByLabel("Password").FillAsync(TestAccounts.Password);
        await owner.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await owner.WaitForUrlAsync("/account/login-two-factor");
        await owner.GetByLabel("Code from your authenticator app, or a recovery code").FillAsync("123456");
        await owner.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(owner.Locator("#two-factor-error")).ToContainTextAsync("That code is not right");
        await owner.GetByLabel("Code from your authenticator app, or a recovery code").FillAsync(new Totp(Base32Encoding.ToBytes(key)).ComputeTotp());
        await owner.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await owner.WaitForInteractiveAsync();
        await Expect(owner.Locator("#current-user-email")).ToHaveTextAsync(OwnerEmail);

        // Without the phone: a recovery code, as it was shown, signs in once.
        await owner.ClickAsync("#sign-out");
        await owner.GetByLabel("Email").FillAsync(OwnerEmail);
        await owner.GetByLabel("Password").FillAsync(TestAccounts.Password);
        await owner.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await owner.GetByLabel("Code from your authenticator app, or a recovery code").FillAsync(recoveryCodes[0].Trim());
        await owner.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await owner.WaitForInteractiveAsync();
        await Expect(owner.Locator("#current-user-email")).ToHaveTextAsync(OwnerEmail);
    }

    /// <summary>A token mask as the dashboard writes them ("C90C…B43", "•••").</summary>
    private static Regex Masked() => new("[^\\s\"'()…]{4}…[^\\s\"'()…]{3}|•");
}
