using System.Net;
using System.Net.Sockets;

namespace ChannelManagerDashboard.Hosting.Outbound;

/// <summary>
/// Connects sockets only to addresses <see cref="OutboundNetworkRule"/> allows, judged at connect time on the very
/// address connected to: a host name that resolves differently a second later (DNS rebinding) cannot slip past.
/// </summary>
public static class OutboundConnections
{
    public static SocketsHttpHandler Guard(this SocketsHttpHandler handler, OutboundNetworkRule rule)
    {
        handler.ConnectCallback = (context, cancellation) => ConnectAsync(context.DnsEndPoint, rule, cancellation);
        return handler;
    }

    private static async ValueTask<Stream> ConnectAsync(DnsEndPoint target, OutboundNetworkRule rule, CancellationToken cancellation)
    {
        var host = target.Host.Trim('[', ']');
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellation);
        string? refusal = null;
        SocketException? failure = null;
        foreach (var address in addresses)
        {
            if (rule.Refusal(address) is { } refused)
            {
                refusal ??= refused;
                continue;
            }
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(address, target.Port, cancellation);
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
}

/// <summary>A connection <see cref="OutboundNetworkRule"/> refused, with the reason and the setting that would allow it.</summary>
public sealed class OutboundRefusedException(string reason) : Exception(reason);
