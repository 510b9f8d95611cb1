using System.Globalization;
using Microsoft.Data.Sqlite;
using RoutingRules.Domain.Routing;
using RoutingRules.Domain.Routing.Commit;
using RoutingRules.Store.Routing;

namespace RoutingRules.Store.Tests.Routing;

/// <summary>The columns the commit path writes, byte for byte as the readers (and SQL) expect them.</summary>
public sealed class DecisionWriterTests
{
    [Fact]
    public void Commit_VariedDecisions_StoresTheExpectedColumnValues()
    {
        using var db = new TempDatabase();
        var decisions = DecisionBinaryTests.VariedDecisions()
            .Select((d, i) => new CommittedDecision
            {
                DecisionId = $"d{i + 1}",
                Sequence = i + 1,
                IdempotencyKey = $"key-{i + 1}",
                DecidedAt = new DateTimeOffset(2024, 2, 29, 23, 0, 0, TimeSpan.FromHours(-2)).AddTicks(i * 1_234_567L),
                Decision = d with { LeadId = $"L{i + 1}" },
                Trace = new RoutingTrace { FiredRules = [$"Rule{i}"] },
            })
            .ToList();
        var commits = decisions.Select(d => new DecisionCommit(d, LiveStateChanges.None, null)).ToList();
        using (var log = SqliteDecisionLog.Open(db.Options))
        {
            log.Commit(commits);
        }

        using var connection = SqliteConnections.Open(db.Options);
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT d.sequence, d.decision_id, d.lead_id, d.idempotency_key, d.decided_at, d.decided_day, d.rep_id, d.queue_name, d.account_id,
                typeof(d.decision), d.decision, d.supersedes, typeof(t.trace), t.trace
            FROM decisions d JOIN decision_traces t ON t.sequence = d.sequence ORDER BY d.sequence
            """;
        using var reader = command.ExecuteReader();
        foreach (var (expected, commit) in decisions.Zip(commits))
        {
            Assert.True(reader.Read());
            var utc = expected.DecidedAt.UtcDateTime;
            Assert.Equal(expected.Sequence, reader.GetInt64(0));
            Assert.Equal(expected.DecisionId, reader.GetString(1));
            Assert.Equal(expected.LeadId, reader.GetString(2));
            Assert.Equal(expected.IdempotencyKey, reader.GetString(3));
            Assert.Equal(utc.ToString(StoredTime.InstantFormat, CultureInfo.InvariantCulture), reader.GetString(4));
            Assert.Equal(utc.ToString(StoredTime.DayFormat, CultureInfo.InvariantCulture), reader.GetString(5));
            Assert.Equal(expected.Decision.Assignee.RepId, Nullable(reader, 6));
            Assert.Equal(expected.Decision.Assignee.QueueName, Nullable(reader, 7));
            Assert.Equal(expected.Decision.AccountId, Nullable(reader, 8));
            Assert.Equal("blob", reader.GetString(9));
            Assert.Equal(new DecisionBinary().Encode(expected.Decision).ToArray(), reader.GetFieldValue<byte[]>(10));
            Assert.True(reader.IsDBNull(11));
            Assert.Equal("blob", reader.GetString(12));
            Assert.Equal(commit.EncodedTrace, reader.GetFieldValue<byte[]>(13));
        }

        Assert.False(reader.Read());
    }

    private static string? Nullable(SqliteDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);
}
