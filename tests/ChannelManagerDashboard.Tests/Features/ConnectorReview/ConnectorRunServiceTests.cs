using ChannelManagerDashboard.Domain.Projects;
using ChannelManagerDashboard.Features.ConnectorReview;
using ChannelManagerDashboard.Features.ConnectorReview.Sample;
using Microsoft.EntityFrameworkCore;

namespace ChannelManagerDashboard.Tests.Features.ConnectorReview;

public sealed class ConnectorRunServiceTests : ConnectorTest
{
    [Fact]
    public async Task A_new_Connector_project_starts_with_every_step_open_and_the_sample_fills_an_empty_declaration()
    {
        var id = await ConnectorServices.ProjectAsync(Services);
        var view = (await Connector.Journey.LoadAsync(id))!;
        Assert.Equal(ProjectKind.Connector, view.Project.Kind);
        Assert.Equal(["C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8"], view.Steps.Select(s => s.Code));
        Assert.All(view.Steps, s => Assert.False(s.Done, s.Code));

        var added = await Connector.Runs.AddSampleAsync(id, SampleVersion.Clean, "Jana");

        Assert.True(added.Succeeded, added.Message);
        Assert.Contains(added.Notices, n => n.Contains("now lists the sample's operations", StringComparison.Ordinal));
        view = (await Connector.Journey.LoadAsync(id))!;
        Assert.True(view.NewestReview!.Passed);
        Assert.True(view.Steps.Single(s => s.Code == "C5").Done);
        Assert.True(view.Steps.Single(s => s.Code == "C6").Done);
        Assert.True(view.Steps.Single(s => s.Code == "C2").Done);
    }

    [Fact]
    public async Task An_import_leaves_bad_lines_out_and_says_how_many_and_a_file_without_requests_is_refused()
    {
        var id = await ConnectorServices.ProjectAsync(Services);
        var lines = SampleIntegration.JsonLines(SampleVersion.Clean).Take(50).ToList();
        lines.Insert(10, "{\"timeUtc\":\"yesterday\"}");
        lines.Insert(20, "garbage");

        var result = await Connector.Runs.ImportAsync(id, JsonLinesLog.Read(new StringReader(string.Join('\n', lines))), "partner.jsonl", RunSource.Import, "Jana");

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal("50 calls imported; 2 bad lines left out.", Assert.Single(result.Notices));
        var review = (await Connector.Reviews.RunReviewAsync(id, result.Value))!;
        Assert.Equal((50, 2), (review.Report.Requests, review.Report.BadLines));
        Assert.Equal([11, 21], RunReviewService.BadLinesOf(review.Run).Select(b => b.Line));
        await using (var db = await Database.Factory.CreateDbContextAsync())
        {
            Assert.Equal(Enumerable.Range(0, 50), await db.ConnectorRequests.Where(c => c.RunId == result.Value).OrderBy(c => c.Index).Select(c => c.Index).ToListAsync());
            Assert.DoesNotContain(await db.ConnectorRequests.Select(c => c.RequestBody).ToListAsync(), body => body.Contains("7059D2C25BF64EA6", StringComparison.Ordinal));
        }

        var empty = await Connector.Runs.ImportAsync(id, JsonLinesLog.Read(new StringReader("nope\n")), "empty", RunSource.Import, "Jana");
        Assert.False(empty.Succeeded);
        Assert.Contains("Line 1: the line is not JSON", empty.Message);
        await using var check = await Database.Factory.CreateDbContextAsync();
        Assert.Equal(1, await check.ConnectorRuns.CountAsync());
    }
}
