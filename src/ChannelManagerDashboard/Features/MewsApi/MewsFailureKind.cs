namespace ChannelManagerDashboard.Features.MewsApi;

public enum MewsFailureKind
{
    /// <summary>Mews answered with <c>success: false</c> and an error code.</summary>
    MewsError,
    HttpStatus,
    Timeout,
    NameResolution,
    SecureConnection,
    Connection,

    /// <summary>A 200 whose body is not the documented JSON.</summary>
    InvalidBody,

    /// <summary>The dashboard has no usable address for the environment.</summary>
    Configuration,
}
