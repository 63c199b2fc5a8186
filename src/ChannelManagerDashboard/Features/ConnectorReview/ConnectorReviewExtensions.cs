using Microsoft.AspNetCore.Mvc;
using ChannelManagerDashboard.Components.Reports;
using ChannelManagerDashboard.Features.Activity;
using ChannelManagerDashboard.Features.ConnectorReview.Proxy;
using ChannelManagerDashboard.Hosting.Outbound;
using Serilog.Core;

namespace ChannelManagerDashboard.Features.ConnectorReview;

public static class ConnectorReviewExtensions
{
    /// <summary>Mews answers heavy queries with 408 well within this; past it the proxy answers 504 itself.</summary>
    public static readonly TimeSpan ProxyTimeout = TimeSpan.FromSeconds(100);

    public static IServiceCollection AddConnectorReview(this IServiceCollection services)
    {
        services.AddSingleton(_ => ConnectorCatalog.Shipped).AddSingleton<ReviewCache>().AddSingleton<ProxyUpstream>()
            .AddScoped<RunReviewService>().AddScoped<ConnectorJourneyService>().AddScoped<ConnectorRunService>().AddScoped<RecordingService>()
            .AddActivityDescriber<ConnectorActivity>();
        services.AddSingleton<ProxyRecorder>().AddHostedService(provider => provider.GetRequiredService<ProxyRecorder>());
        // Forwarded unchanged: no redirects followed, no cookies kept, no decompression; connected only where the outbound rule allows.
        services.AddOutboundNetworkRule().AddHttpForwarder();
        services.AddKeyedSingleton(ConnectorProxy.ClientName, (provider, _) => new HttpMessageInvoker(
            new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false, AutomaticDecompression = System.Net.DecompressionMethods.None }
                .Guard(provider.GetRequiredService<OutboundNetworkRule>())));
        // The key in the proxy's path is the recording's secret: the log shows only its end.
        services.AddSingleton<ILogEventEnricher, ProxyKeyMask>();
        return services;
    }

    /// <summary>The recording proxy, and the review's downloads (HTML and Markdown) under the run's address.</summary>
    public static IEndpointRouteBuilder MapConnectorReview(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapConnectorProxy();
        var run = endpoints.MapGroup("/projects/{projectId:int}/connector/runs/{runId:int}");
        run.MapGet("/review.html", async (int projectId, int runId, RunReviewService reviews, [FromServices] ReportRenderer renderer) =>
            await reviews.RunReviewAsync(projectId, runId) is { } review
                ? Results.Content(await renderer.RenderAsync<ReviewReportDocument>(new Dictionary<string, object?> { [nameof(ReviewReportDocument.Review)] = review }), "text/html; charset=utf-8")
                : Missing());
        run.MapGet("/review.md", async (int projectId, int runId, RunReviewService reviews) =>
            await reviews.RunReviewAsync(projectId, runId) is { } review
                ? Results.File(System.Text.Encoding.UTF8.GetBytes(ReviewDocument.Markdown(review)), "text/markdown; charset=utf-8", $"connector-review-{ReviewDocument.Slug(review)}.md")
                : Missing());
        return endpoints;
    }

    private static IResult Missing() => Results.Text("That run no longer exists. Go back to the project's Connector journey.", statusCode: StatusCodes.Status404NotFound);
}
