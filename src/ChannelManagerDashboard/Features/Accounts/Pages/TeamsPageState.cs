using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Features.Accounts.Teams;

namespace ChannelManagerDashboard.Features.Accounts.Pages;

/// <summary>What the teams page shows and does: the teams with their people and projects, and the forms to change them.</summary>
public sealed class TeamsPageState(TeamAdministration teams, AccountDirectory directory)
{
    private readonly Dictionary<int, MemberDraft> drafts = [];
    private IReadOnlyList<string> accounts = [];

    public IReadOnlyList<TeamRow> Teams { get; private set; } = [];
    public string NewName { get; set; } = "";
    public string? CreateError { get; private set; }
    public bool Busy { get; private set; }

    public async Task LoadAsync()
    {
        Teams = await teams.ListAsync();
        accounts = (await directory.ListAsync()).Select(a => a.Email).ToList();
    }

    /// <summary>The accounts not in <paramref name="team"/> yet.</summary>
    public IReadOnlyList<string> CandidatesFor(TeamRow team) => accounts.Where(a => team.Members.All(m => m.Email != a)).ToList();

    /// <summary>The person and role being added to the team, kept until they are added.</summary>
    public MemberDraft DraftOf(int teamId) => drafts.TryGetValue(teamId, out var draft) ? draft : drafts[teamId] = new();

    public Task<Result> CreateAsync(string by) => WorkAsync(async () =>
    {
        var created = await teams.CreateAsync(NewName, by);
        CreateError = created.Succeeded ? null : created.Message;
        if (created.Succeeded)
            NewName = "";
        return created;
    });

    public Task<Result> RenameAsync(int teamId, string name, string by) => WorkAsync(() => teams.RenameAsync(teamId, name, by));

    public Task<Result> RemoveAsync(int teamId, string by) => WorkAsync(() => teams.RemoveAsync(teamId, by));

    public Task<Result> SetMemberAsync(int teamId, string email, string role, string by) => WorkAsync(async () =>
    {
        var set = await teams.SetMemberAsync(teamId, email, role, by);
        if (set.Succeeded)
            drafts.Remove(teamId);
        return set;
    });

    public Task<Result> RemoveMemberAsync(int teamId, string email, string by) => WorkAsync(() => teams.RemoveMemberAsync(teamId, email, by));

    public Task<Result> MoveAsync(int projectId, int teamId, string by) => WorkAsync(() => teams.MoveProjectAsync(projectId, teamId, by));

    private async Task<Result> WorkAsync(Func<Task<Result>> work)
    {
        Busy = true;
        try
        {
            var result = await work();
            await LoadAsync();
            return result;
        }
        finally
        {
            Busy = false;
        }
    }

    public sealed class MemberDraft
    {
        public string Email { get; set; } = "";
        public string Role { get; set; } = DashboardRoles.Member;
    }
}
