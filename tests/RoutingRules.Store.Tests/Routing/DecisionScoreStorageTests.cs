using Microsoft.Data.Sqlite;
using RoutingRules.Domain.Routing;
using RoutingRules.Domain.Routing.Commit;
using RoutingRules.Store.Routing;

namespace RoutingRules.Store.Tests.Routing;

/// <summary>The lead score, the priority-queue level and the unmatched flag kept in a stored decision (queues rank by the score).</summary>
public sealed class DecisionScoreStorageTests
{
    [Fact]
    public void Commit_ScoredPriorityQueueDecision_ReloadsScoreLevelAndFlag()
    {
        using var db = new TempDatabase();
        var decision = Queued(1, "L1", 87);
        using (var log = SqliteDecisionLog.Open(db.Options))
        {
            log.Commit([new DecisionCommit(decision, LiveStateChanges.None, null)]);
        }

        using var reopened = SqliteDecisionLog.Open(db.Options);
        var loaded = Assert.Single(reopened.Load(SqliteDecisionLogTests.Noon.AddDays(-1)).ActiveDecisions).Decision;

        Assert.Equal(87, loaded.LeadScore);
        Assert.Equal(RoutingLevel.PriorityQueue, loaded.Level);
        Assert.Equal(RoutingFlags.CapacityOverflow | RoutingFlags.NoTerritoryMatch, loaded.Flags);
    }

    [Fact]
    public void Load_RowWrittenBeforeScoresWereKept_ReadsScoreAsUnknown()
    {
        using var db = new TempDatabase();
        using (var log = SqliteDecisionLog.Open(db.Options))
        {
            log.Commit([new DecisionCommit(Queued(1, "L1", 0), LiveStateChanges.None, null)]);
        }

        using (var connection = new SqliteConnection($"Data Source={db.Path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            // A row as a build before schema version 5 wrote it: JSON text, from before scores were kept.
            command.CommandText = "UPDATE decisions SET decision = json_remove($json, '$.leadScore')";
            command.Parameters.AddWithValue("$json", DecisionJson.Serialize(Queued(1, "L1", 0).Decision));
            Assert.Equal(1, command.ExecuteNonQuery());
        }

        using var reopened = SqliteDecisionLog.Open(db.Options);
        var loaded = Assert.Single(reopened.Load(SqliteDecisionLogTests.Noon.AddDays(-1)).ActiveDecisions).Decision;

        Assert.Null(loaded.LeadScore);
    }

    [Fact]
    public void Commit_ZeroScore_StaysZeroNotUnknown()
    {
        using var db = new TempDatabase();
        using var log = SqliteDecisionLog.Open(db.Options);

        log.Commit([new DecisionCommit(Queued(1, "L1", 0), LiveStateChanges.None, null)]);

        Assert.Equal(0, Assert.Single(log.Load(SqliteDecisionLogTests.Noon.AddDays(-1)).ActiveDecisions).Decision.LeadScore);
    }

    private static CommittedDecision Queued(long sequence, string leadId, int? score)
    {
        var decision = SqliteDecisionLogTests.Decision(sequence, leadId, Assignee.ForQueue("priority"));
        return decision with
        {
            Decision = decision.Decision with
            {
                Level = RoutingLevel.PriorityQueue,
                Flags = RoutingFlags.CapacityOverflow | RoutingFlags.NoTerritoryMatch,
                LeadScore = score,
            },
        };
    }
}
