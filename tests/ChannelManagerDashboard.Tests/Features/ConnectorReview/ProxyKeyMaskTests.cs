using ChannelManagerDashboard.Features.ConnectorReview.Proxy;
using Microsoft.Extensions.Logging;
using Serilog;
using Serilog.Core;
using Serilog.Events;
using Serilog.Extensions.Logging;

namespace ChannelManagerDashboard.Tests.Features.ConnectorReview;

/// <summary>The recording key never reaches the log: not in a property, not in the scope a request's lines carry.</summary>
public sealed class ProxyKeyMaskTests
{
    private const string Key = "0123456789abcdef0123456789abcdef";
    private const string ProxyPath = "/connector-proxy/" + Key + "/api/connector/v1/configuration/get";

    [Theory]
    [InlineData(ProxyPath, "/connector-proxy/****cdef/api/connector/v1/configuration/get")]
    [InlineData("http://127.0.0.1:5080/Connector-Proxy/" + Key + "?x=1", "http://127.0.0.1:5080/connector-proxy/****cdef?x=1")]
    [InlineData("/connector-proxy/short/api", "/connector-proxy/****/api")]
    [InlineData("/projects/1/connector", "/projects/1/connector")]
    public void The_key_in_a_proxy_path_is_masked_to_its_last_characters(string text, string masked) =>
        Assert.Equal(masked, ProxyKeyMask.Mask(text));

    [Fact]
    public void A_line_written_through_Microsoft_logging_inside_a_proxied_request_shows_neither_its_path_nor_its_scope_with_the_key()
    {
        var sink = new Collected();
        using var serilog = new LoggerConfiguration().MinimumLevel.Verbose().Enrich.FromLogContext().Enrich.With(new ProxyKeyMask()).WriteTo.Sink(sink).CreateLogger();
        using var factory = new SerilogLoggerFactory(serilog);
        var log = factory.CreateLogger("Microsoft.AspNetCore.Hosting.Diagnostics");

        using (log.BeginScope(new Dictionary<string, object> { ["RequestPath"] = ProxyPath, ["RequestId"] = "0HN1" }))
            log.LogWarning("Request finished {Method} {Path}", "POST", ProxyPath);
        serilog.Information("HTTP {RequestMethod} {RequestPath} responded {StatusCode}", "POST", ProxyPath, 200);

        Assert.Equal(2, sink.Events.Count);
        foreach (var written in sink.Events)
        {
            var text = written.RenderMessage() + string.Join(" ", written.Properties.Select(p => p.Value.ToString()));
            Assert.DoesNotContain(Key, text);
            Assert.Contains("/connector-proxy/****cdef/", text);
        }
        Assert.True(sink.Events[0].Properties.ContainsKey("RequestPath"));
    }

    private sealed class Collected : ILogEventSink
    {
        public List<LogEvent> Events { get; } = [];

        public void Emit(LogEvent logEvent) => Events.Add(logEvent);
    }
}
