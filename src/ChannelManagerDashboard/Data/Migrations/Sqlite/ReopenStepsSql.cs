namespace ChannelManagerDashboard.Data.Migrations.Sqlite;

/// <summary>
/// When the dashboard starts checking a step it used to leave to a hand tick, a hand-ticked step goes back to
/// "in progress" (1; done is 2) with a note that says why, so nobody reads an unchecked tick as proof.
/// </summary>
internal static class ReopenStepsSql
{
    public static string For(IEnumerable<string> stepCodes, string note) => Sql(stepCodes, note.Replace("'", "''"));

    private static string Sql(IEnumerable<string> stepCodes, string note) => $"""
        UPDATE StepProgress
        SET Status = 1,
            Notes = CASE WHEN Notes = '' THEN '{note}' ELSE Notes || char(10) || '{note}' END
        WHERE StepCode IN ({string.Join(", ", stepCodes.Select(c => $"'{c}'"))}) AND Status = 2;
        """;
}
