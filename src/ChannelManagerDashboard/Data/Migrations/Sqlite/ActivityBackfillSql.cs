namespace ChannelManagerDashboard.Data.Migrations.Sqlite;

/// <summary>
/// The timeline of a database from before sign-in, rebuilt from what it kept (runs, mapping revisions, snapshots,
/// connections, uploads and each step's and test's latest state), oldest first, with the names people typed then.
/// </summary>
internal static class ActivityBackfillSql
{
    public const string Sql = """
        INSERT INTO Activity (ProjectId, At, Who, SignedIn, Kind, Subject, Action, OldValue, NewValue)
        SELECT ProjectId, At, Who, 0, Kind, Subject, Action, '', substr(NewValue, 1, 1000) FROM (
            SELECT Id AS ProjectId, CreatedAt AS At, 'someone' AS Who, 'Project' AS Kind, 'Project' AS Subject, 'created' AS Action, Name AS NewValue FROM Projects
            UNION ALL
            SELECT ProjectId, UpdatedAt, UpdatedBy, 'Step', StepCode, 'status',
                   CASE Status WHEN 0 THEN 'NotStarted' WHEN 1 THEN 'InProgress' WHEN 2 THEN 'Done' ELSE 'Blocked' END FROM StepProgress
            UNION ALL
            SELECT ProjectId, UpdatedAt, UpdatedBy, 'Test', TestId, 'status',
                   CASE Status WHEN 0 THEN 'NotRun' WHEN 1 THEN 'Passed' WHEN 2 THEN 'Failed' WHEN 3 THEN 'Blocked' ELSE 'NotApplicable' END FROM TestRecords
            UNION ALL
            SELECT ProjectId, StartedAt, RunBy, 'Run', TestId,
                   CASE WHEN Blocked THEN 'ran: blocked' WHEN Passed THEN 'ran: passed' ELSE 'ran: failed' END, Summary FROM HarnessRuns
            UNION ALL
            SELECT s.ProjectId, r.ChangedAt, r.ChangedBy, 'Mapping', 'connection ' || r.ConnectionId, 'mapping changed', r.Description
            FROM MappingRevisions r JOIN MappingSets s ON s.ConnectionId = r.ConnectionId
            UNION ALL
            SELECT ProjectId, FetchedAt, FetchedBy, 'Configuration', PropertyName, 'configuration fetched',
                   SpaceTypeCount || ' space types, ' || RatePlanCount || ' rate plans' FROM ConfigurationSnapshots
            UNION ALL
            SELECT ProjectId, ChosenAt, ChosenBy, 'Connection',
                   PropertyName || CASE WHEN ConnectionName = '' THEN '' ELSE ' · ' || ConnectionName END, 'connection picked', '' FROM PropertyConnections
            UNION ALL
            SELECT ProjectId, UploadedAt, UploadedBy, 'File', 'P8 certification file', 'uploaded', FileName FROM CertificationFiles
        )
        ORDER BY At;
        """;
}
