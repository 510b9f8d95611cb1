using System.Globalization;
using Microsoft.Data.Sqlite;

namespace RoutingRules.Store.Migrations;

/// <summary>Brings a database to the latest schema; the applied versions are recorded in schema_version.</summary>
public static class SchemaMigrator
{
    /// <summary>Every migration in version order; a new schema version is one more entry here.</summary>
    public static IReadOnlyList<IMigration> All { get; } = [new V001InitialSchema(), new V002RoutingState(), new V003DecisionTraces(), new V004CompactTraces(), new V005LeanDecisions(), new V006LeanDecisionIndexes(), new V007TraceVocabulary(), new V008WorkloadAsOf(), new V009DecisionAcknowledgements(), new V010WaitingQueueLengths(), new V011LeadFingerprints(), new V012DecisionOutcomes()];

    public static int LatestVersion => All[^1].Version;

    /// <summary>Highest applied version, 0 for an empty database.</summary>
    public static int CurrentVersion(SqliteConnection connection)
    {
        var exists = SqliteConnections.Scalar(connection, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'");
        return Convert.ToInt64(exists, CultureInfo.InvariantCulture) == 0
            ? 0
            : Convert.ToInt32(SqliteConnections.Scalar(connection, "SELECT coalesce(max(version), 0) FROM schema_version"), CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Applies every migration up to <paramref name="targetVersion"/> (default: latest) that the
    /// database has not recorded, in version order; returns the resulting (highest) version. A
    /// version missing below the highest applied (a branch that numbered its migration after one
    /// it did not have yet) is applied too, so such migrations must not depend on each other's order.
    /// </summary>
    public static int Migrate(SqliteConnection connection, int? targetVersion = null)
    {
        var target = targetVersion ?? LatestVersion;
        SqliteConnections.Execute(connection, """
            CREATE TABLE IF NOT EXISTS schema_version (
                version INTEGER PRIMARY KEY,
                name TEXT NOT NULL,
                applied_at TEXT NOT NULL);
            """);
        var current = CurrentVersion(connection);
        var applied = AppliedVersions(connection);
        if (current > LatestVersion)
        {
            throw new InvalidOperationException(
                $"The database schema is version {current}, newer than this build supports ({LatestVersion}).");
        }

        foreach (var migration in All)
        {
            if (applied.Contains(migration.Version) || migration.Version > target)
            {
                continue;
            }

            using var transaction = connection.BeginTransaction();
            migration.Apply(connection, transaction);
            using var record = connection.CreateCommand();
            record.Transaction = transaction;
            record.CommandText = "INSERT INTO schema_version (version, name, applied_at) VALUES ($v, $n, $t)";
            record.Parameters.AddWithValue("$v", migration.Version);
            record.Parameters.AddWithValue("$n", migration.Name);
            record.Parameters.AddWithValue("$t", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
            record.ExecuteNonQuery();
            transaction.Commit();
            current = Math.Max(current, migration.Version);
        }

        return current;
    }

    private static HashSet<int> AppliedVersions(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT version FROM schema_version";
        using var reader = command.ExecuteReader();
        var versions = new HashSet<int>();
        while (reader.Read())
        {
            versions.Add(reader.GetInt32(0));
        }

        return versions;
    }
}
