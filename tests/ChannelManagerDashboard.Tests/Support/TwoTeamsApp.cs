using System.Net;

namespace ChannelManagerDashboard.Tests.Support;

/// <summary>The built app on a data folder with <see cref="TwoTeams"/>, for the tests of a team's boundary over HTTP.</summary>
public sealed class TwoTeamsApp : IAsyncLifetime
{
    private readonly TempFolder data = new();

    public AppProcess App { get; private set; } = default!;
    public TwoTeams Teams { get; private set; } = default!;
    public string DataFolder => data.Path;

    public async Task InitializeAsync()
    {
        await TestAccounts.AddAsync(data.Path);
        Teams = await TwoTeams.SetUpAsync(data.Path);
        App = await AppProcess.StartAsync(data.Path);
    }

    /// <summary>A client signed in as <paramref name="email"/> that shows redirects instead of following them.</summary>
    public async Task<HttpClient> SignedInAsync(string email)
    {
        var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = App.BaseAddress };
        Assert.Equal(HttpStatusCode.Redirect, await SignIn.PostSignInAsync(http, email, TestAccounts.Password));
        return http;
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        data.Dispose();
    }
}
