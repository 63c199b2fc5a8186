namespace ChannelManagerDashboard.Data;

/// <summary>The database engine the dashboard keeps its data in (<c>Database:Provider</c>).</summary>
public enum DatabaseProvider
{
    /// <summary>One file in the data folder: the default, for one instance.</summary>
    Sqlite,

    /// <summary>A server several instances share, with the keys and the live messages in it too.</summary>
    PostgreSQL,
}
