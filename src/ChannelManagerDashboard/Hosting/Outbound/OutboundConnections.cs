using System.Net;
using System.Net.Sockets;

namespace ChannelManagerDashboard.Hosting.Outbound;

/// <summary>
/// Connects sockets only to addresses <see cref="OutboundNetworkRule"/> allows, judged at connect time on the very
/// address connected to: a host name that resolves differently a second later (DNS rebinding) cannot slip past.
/// </summary>
public static class OutboundConnections
{
    /// <param name="own">When given, this handler carries only calls to this app's own endpoints, and may reach this machine on the app's own port.</param>
    public static SocketsHttpHandler Guard(this SocketsHttpHandler handler, OutboundNetworkRule rule, OwnEndpoints? own = null)
    {
        handler.ConnectCallback = (context, cancellation) => ConnectAsync(context, rule, own, cancellation);
        return handler;
    }

    /// <summary>
    /// The handler for a client that may also call this app's own endpoints: those calls go through a connection pool of
    /// their own, so a connection opened for the reference CM is never reused for another path on this machine.
    /// </summary>
    public static HttpMessageHandler Guarded(Func<SocketsHttpHandler> create, OutboundNetworkRule rule, OwnEndpoints own) =>
        new OwnEndpointRouter(create().Guard(rule), create().Guard(rule, own), own);

    private static async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, OutboundNetworkRule rule, OwnEndpoints? own, CancellationToken cancellation)
    {
        var target = context.DnsEndPoint;
        var progress = context.InitialRequestMessage.Options.TryGetValue(ConnectProgress.Key, out var given) ? given : null;
        progress?.Connecting();
        var host = target.Host.Trim('[', ']');
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellation);
        var ownEndpoint = own?.IsOwnPort(target.Port) == true;
        string? refusal = null;
        SocketException? failure = null;
        foreach (var address in addresses)
        {
            if (rule.Refusal(address, ownEndpoint) is { } refused)
            {
                refusal ??= refused;
                continue;
            }
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(address, target.Port, cancellation);
                progress?.Connected();
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException ex)
            {
                socket.Dispose();
                failure = ex;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }
        if (failure is not null)
            throw failure;
        throw new OutboundRefusedException(refusal ?? $"The host name {host} resolved to no address.");
    }

    private sealed class OwnEndpointRouter(SocketsHttpHandler outside, SocketsHttpHandler inside, OwnEndpoints own) : HttpMessageHandler
    {
        private readonly HttpMessageInvoker toOutside = new(outside), toOwn = new(inside);

        private HttpMessageInvoker For(HttpRequestMessage request) => request.RequestUri is { } url && own.Contains(url) ? toOwn : toOutside;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            For(request).SendAsync(request, cancellationToken);

        protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken) =>
            For(request).Send(request, cancellationToken);

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                toOutside.Dispose();
                toOwn.Dispose();
            }
            base.Dispose(disposing);
        }
    }
}

/// <summary>A connection <see cref="OutboundNetworkRule"/> refused, with the reason and the setting that would allow it.</summary>
public sealed class OutboundRefusedException(string reason) : Exception(reason);

/// <summary>
/// Put on a request (<see cref="Key"/>) by a caller that must tell a timeout while connecting (nothing answered: the
/// port is filtered, or the host is down) from one while waiting for the answer; the guard marks each stage it reaches.
/// </summary>
public sealed class ConnectProgress
{
    public static readonly HttpRequestOptionsKey<ConnectProgress> Key = new("cmd.connectProgress");

    private int stage;

    /// <summary>The request opened a connection that never got through.</summary>
    public bool StuckConnecting => Volatile.Read(ref stage) == 1;

    internal void Connecting() => Interlocked.CompareExchange(ref stage, 1, 0);

    internal void Connected() => Volatile.Write(ref stage, 2);
}
