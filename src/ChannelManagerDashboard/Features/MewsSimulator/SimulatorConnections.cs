using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ChannelManagerDashboard.Features.MewsSimulator;

/// <summary>
/// The connections the simulator and the reference CM know: the seed's, whose tokens are public (the seed file, the
/// simulator page) and stay for trying the API by hand, and each project's own. A project's token is
/// "sim-p{projectId}-{HMAC}" of the project and a seed connection under a key of this install, so only this app can
/// make one, no project can guess another's, and bookings sent with it reach that project's reservation tests alone.
/// It stands for the seed connection it was made from: the same property, state and configuration.
/// </summary>
public sealed class SimulatorConnections(SimulatorSeed seed, byte[] key)
{
    public const string ProjectPrefix = "sim-p";

    /// <summary>The seed's connections, whose tokens anyone may read.</summary>
    public IReadOnlyList<SimulatorConnection> Seeded => seed.Connections;

    /// <summary>Connections for a simulator that no project uses (the CLI commands, tests): project tokens made elsewhere mean nothing to it.</summary>
    public static SimulatorConnections WithNewKey(SimulatorSeed seed) => new(seed, RandomNumberGenerator.GetBytes(32));

    /// <summary>The seed connection a token stands for: a seed token, or a project token this install made; null for any other.</summary>
    public SimulatorConnection? Find(string token) =>
        seed.Connections.FirstOrDefault(c => c.Token == token) ?? ProjectOf(token)?.Connection;

    /// <summary>The project's own token in place of a seed connection's public one; any other token as it is.</summary>
    public string ForProject(int projectId, string token) =>
        seed.Connections.FirstOrDefault(c => c.Token == token) is { } seeded ? ProjectToken(projectId, seeded) : token;

    /// <summary>Whether the token is one this install made for the project (not a public seed token, nor another project's).</summary>
    public bool IsProjects(int projectId, string token) => ProjectOf(token)?.ProjectId == projectId;

    private (int ProjectId, SimulatorConnection Connection)? ProjectOf(string token)
    {
        if (!token.StartsWith(ProjectPrefix, StringComparison.Ordinal))
            return null;
        var dash = token.IndexOf('-', ProjectPrefix.Length);
        if (dash < 0 || !int.TryParse(token.AsSpan(ProjectPrefix.Length, dash - ProjectPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var projectId))
            return null;
        var given = Encoding.UTF8.GetBytes(token);
        return seed.Connections.FirstOrDefault(c => CryptographicOperations.FixedTimeEquals(given, Encoding.UTF8.GetBytes(ProjectToken(projectId, c)))) is { } connection
            ? (projectId, connection)
            : null;
    }

    private string ProjectToken(int projectId, SimulatorConnection connection) => string.Create(CultureInfo.InvariantCulture,
        $"{ProjectPrefix}{projectId}-{Base64Url.EncodeToString(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{projectId}\n{connection.Token}")))}");
}
