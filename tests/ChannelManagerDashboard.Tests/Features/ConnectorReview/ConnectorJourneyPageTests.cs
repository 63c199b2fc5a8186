using Bunit;
using ChannelManagerDashboard.Domain.Projects;
using ChannelManagerDashboard.Features.ConnectorReview;
using ChannelManagerDashboard.Tests.Support;

namespace ChannelManagerDashboard.Tests.Features.ConnectorReview;

public sealed class ConnectorJourneyPageTests : ComponentTest
{
    [Fact]
    public async Task The_steps_read_in_order_C1_to_C8_with_the_run_between_the_token_and_the_review_and_the_save_after_them()
    {
        var input = Support.Services.ValidInput("Acme Revenue");
        input.Kind = ProjectKind.Connector;
        var id = await CreateProjectAsync(input);

        var page = RenderWithProviders<ConnectorJourneyPage>(p => p.Add(x => x.ProjectId, id));

        await page.WaitForElementAsync("#C8");
        var order = page.FindAll("section[id^='C'], #save-journey").Select(e => e.Id).ToList();
        Assert.Equal(["C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8", "save-journey"], order);
        Assert.Equal(["C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8"], page.FindAll("#connector-steps li").Select(li => li.GetAttribute("data-step")));
    }
}
