namespace ChannelManagerDashboard.Features.Accounts;

/// <summary>What a person scans or types into an authenticator app.</summary>
/// <param name="Key">The shared key in groups of four, for typing.</param>
/// <param name="QrSvg">The <paramref name="Uri"/> as a QR code (SVG markup).</param>
public sealed record AuthenticatorKey(string Key, string Uri, string QrSvg);
