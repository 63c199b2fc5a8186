using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Features.GoLive;

namespace ChannelManagerDashboard.Tests.Features.GoLive;

public sealed class GoLiveFormStateTests
{
    private static GoLivePlan Plan(string pilot) => new() { PilotPropertyName = pilot };

    [Fact]
    public void The_stored_plan_is_taken_once_so_a_reload_leaves_typing_alone()
    {
        var form = new GoLiveFormState();
        form.Start(Plan("Hotel A"));
        form.Input.PilotPropertyName = "typed";

        form.Start(Plan("Hotel B"));

        Assert.Equal(("typed", "Hotel A"), (form.Input.PilotPropertyName, form.Baseline.PilotPropertyName));
    }

    [Fact]
    public async Task A_saved_plan_forgets_the_token_and_judges_the_next_save_against_what_is_stored()
    {
        var form = new GoLiveFormState();
        form.Start(Plan("Hotel A"));
        form.Input.ClientToken = "secret";
        var stored = new GoLiveInput { PilotPropertyName = "Hotel A" };

        await form.SaveAsync((_, _) => Task.FromResult(Result.Of(stored)));

        Assert.Equal(("", false), (form.Input.ClientToken, form.Failed));
        Assert.Same(stored, form.Baseline);
        Assert.Equal("Saved. The checklist shows what is still open.", form.Message);
    }

    [Fact]
    public async Task A_refused_plan_keeps_the_token_and_shows_the_errors_by_field()
    {
        var form = new GoLiveFormState();
        form.Start(Plan("Hotel A"));
        form.Input.ClientToken = "secret";

        await form.SaveAsync((_, _) => Task.FromResult(Result.Invalid(nameof(GoLiveInput.ClientToken), "Mews refused it.").As<GoLiveInput>()));

        Assert.Equal(("secret", true, "Mews refused it."), (form.Input.ClientToken, form.Failed, form.Message));
        Assert.Equal("Mews refused it.", form.Errors[nameof(GoLiveInput.ClientToken)]);
    }
}
