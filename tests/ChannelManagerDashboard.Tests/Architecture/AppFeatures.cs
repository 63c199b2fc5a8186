using ChannelManagerDashboard.Domain.Common;

namespace ChannelManagerDashboard.Tests.Architecture;

/// <summary>The compiled app as the architecture tests read it, and which feature a type or namespace belongs to.</summary>
internal static class AppFeatures
{
    public const string Namespace = "ChannelManagerDashboard.Features.";

    public static readonly System.Reflection.Assembly App = typeof(Result).Assembly;

    /// <summary>The feature a type or namespace belongs to; a name outside the features (Data, Domain) is returned whole.</summary>
    public static string Of(string name) =>
        name.StartsWith(Namespace, StringComparison.Ordinal) ? name[Namespace.Length..].Split('.', '+')[0] : name;
}
