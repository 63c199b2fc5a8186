using System.Net;
using System.Net.Sockets;

namespace ChannelManagerDashboard.Features.Accounts;

/// <summary>
/// Wrong passwords and codes, counted per client address and account together, and per address, over a sliding
/// window. Why not Identity's lockout alone: it counts per account, so anyone who knows an owner's email could keep the
/// owner out by failing five times. Here a guesser's address is held back while the owner, signing in from another
/// address, gets in; Identity's lockout stays as a high ceiling per account (<see cref="AccountsExtensions.AccountCeiling"/>)
/// against guessing spread over many addresses.
/// </summary>
public sealed class SignInThrottle(TimeProvider clock)
{
    /// <summary>Wrong tries for one account from one address before that address waits.</summary>
    public const int PerAccountFromOneAddress = 5;

    /// <summary>Wrong tries for any accounts from one address before that address waits (someone trying many emails).</summary>
    public const int PerAddress = 20;

    /// <summary>How long a wrong try counts; an address held back may try again once its oldest wrong try is this old.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    /// <summary>
    /// Addresses and pairs remembered at most. Past it, after forgetting what is out of the window, a new address or pair
    /// is not counted: memory stays bounded under a flood from ever new addresses, and the account ceiling still holds.
    /// </summary>
    internal const int MaxTracked = 10_000;

    /// <summary>An email longer than any real one is cut, so a flood of long ones cannot fill memory.</summary>
    private const int MaxAccountLength = 256;

    private readonly Dictionary<string, Queue<DateTimeOffset>> failures = [];
    private readonly Lock gate = new();

    /// <summary>Whether a try from <paramref name="from"/> for <paramref name="account"/> waits, without checking the password.</summary>
    public bool IsHeldBack(IPAddress? from, string account)
    {
        var address = AddressOf(from);
        lock (gate)
            return Count(address) >= PerAddress || Count(PairOf(address, account)) >= PerAccountFromOneAddress;
    }

    public void Failed(IPAddress? from, string account)
    {
        var address = AddressOf(from);
        lock (gate)
        {
            Add(address);
            Add(PairOf(address, account));
        }
    }

    /// <summary>A right password forgets the typos before it, from that address for that account.</summary>
    public void Succeeded(IPAddress? from, string account)
    {
        lock (gate)
            failures.Remove(PairOf(AddressOf(from), account));
    }

    private int Count(string key)
    {
        if (!failures.TryGetValue(key, out var times))
            return 0;
        var since = clock.GetUtcNow() - Window;
        while (times.Count > 0 && times.Peek() <= since)
            times.Dequeue();
        if (times.Count == 0)
            failures.Remove(key);
        return times.Count;
    }

    private void Add(string key)
    {
        if (!failures.TryGetValue(key, out var times))
        {
            if (failures.Count >= MaxTracked)
                foreach (var known in failures.Keys.ToList())
                    Count(known);
            if (failures.Count >= MaxTracked)
                return;
            failures[key] = times = new Queue<DateTimeOffset>();
        }
        times.Enqueue(clock.GetUtcNow());
    }

    /// <summary>IPv4 as it is; IPv6 by its /64 network, which one household or server usually has whole.</summary>
    private static string AddressOf(IPAddress? from)
    {
        if (from is null)
            return "unknown";
        if (from.IsIPv4MappedToIPv6)
            from = from.MapToIPv4();
        if (from.AddressFamily != AddressFamily.InterNetworkV6)
            return from.ToString();
        var bytes = from.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }

    private static string PairOf(string address, string account)
    {
        var normalized = account.Trim().ToUpperInvariant();
        return $"{address} {(normalized.Length > MaxAccountLength ? normalized[..MaxAccountLength] : normalized)}";
    }
}
