using ChannelManagerDashboard.Features.Accounts;
using ChannelManagerDashboard.Features.Accounts.Teams;
using ChannelManagerDashboard.Features.Projects;
using Microsoft.Extensions.DependencyInjection;

namespace ChannelManagerDashboard.Tests.Support;

/// <summary>
/// A data folder with two teams: the test accounts and <see cref="OwnProject"/> in the default team, and <see cref="Outsider"/>, a
/// member who is only in <see cref="OtherTeam"/> with <see cref="OtherProject"/>. Made before the app starts.
/// </summary>
public sealed record TwoTeams(int OwnProject, int OtherProject)
{
    public const string OtherTeam = "Partner B";
    public const string Outsider = "ben@example.com";

    public static Task<TwoTeams> SetUpAsync(string dataFolder) => TestAccounts.WithServicesAsync(dataFolder, async services =>
    {
        var teams = services.GetRequiredService<TeamAdministration>();
        var projects = services.GetRequiredService<ProjectService>();
        var other = (await teams.CreateAsync(OtherTeam, "tests")).Value;
        var added = await services.GetRequiredService<NewAccounts>().AddAsync(Outsider, TestAccounts.Password, DashboardRoles.Member, "tests", OtherTeam);
        if (!added.Succeeded)
            throw new InvalidOperationException(added.Message);
        var own = (await projects.CreateAsync(Services.ValidInput("Acme CM"), "tests", Team.DefaultId)).Value;
        var theirs = (await projects.CreateAsync(Services.ValidInput("Beta CM"), "tests", other)).Value;
        return new TwoTeams(own, theirs);
    });
}
