using Microsoft.Data.Sqlite;

namespace RoutingRules.Store.Migrations;

/// <summary>
/// Each decision keeps the fingerprint of the lead fields it was routed from (LeadFingerprint), so
/// that a repeated request is told apart from a different lead sent under the same lead id or
/// idempotency key. Decisions stored before have none (NULL) and are replayed for any body, as
/// they were. Adding a nullable column rewrites no row.
/// </summary>
internal sealed class V011LeadFingerprints : IMigration
{
    public int Version => 11;
    public string Name => "decisions keep their lead's fingerprint";

    public void Apply(SqliteConnection connection, SqliteTransaction transaction) =>
        SqliteConnections.Execute(connection, "ALTER TABLE decisions ADD COLUMN lead_fingerprint INTEGER;", transaction);
}
