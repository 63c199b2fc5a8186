using System.Security.Cryptography;

namespace ChannelManagerDashboard.Features.Accounts;

/// <summary>
/// Names one open page (circuit). Its sign-out form sends the mark, so signing out closes every other open page at once
/// and leaves this one to the form's own redirect, which would otherwise race the page's jump to the sign-in page.
/// </summary>
public sealed class OpenPageMark
{
    public const string FormField = "openPage";

    public string Value { get; } = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
}
