using RoutingRules.Domain.Explain;
using RoutingRules.Domain.Routing;
using RoutingRules.Domain.Routing.Commit;
using RoutingRules.Store.Routing;
using static RoutingRules.Store.Tests.Routing.SqliteDecisionLogTests;

namespace RoutingRules.Store.Tests.Routing;

/// <summary>The decision log's trace vocabulary: stored before traces use it, only ever extended, read back with the traces.</summary>
public sealed class TraceVocabularyStoreTests
{
    private static readonly string[] Rules = ["Territories.DimensionPriority", "Capacity.Eligible", "Decision.Compose"];

    [Fact]
    public void Vocabulary_NewTexts_StoredInOrdinalOrderAndKeptAcrossReopening()
    {
        using var db = new TempDatabase();
        using (var log = SqliteDecisionLog.Open(db.Options))
        {
            var vocabulary = log.Vocabulary(Rules);

            Assert.Equal(["Capacity.Eligible", "Decision.Compose", "Territories.DimensionPriority"], vocabulary.Texts);
        }

        using var reopened = SqliteDecisionLog.Open(db.Options);
        var extended = reopened.Vocabulary(["Capacity.Absent", "Decision.Compose", "Capacity.Absent"]);

        Assert.Equal(["Capacity.Eligible", "Decision.Compose", "Territories.DimensionPriority", "Capacity.Absent"], extended.Texts);
        Assert.Equal(["0 Capacity.Eligible", "1 Decision.Compose", "2 Territories.DimensionPriority", "3 Capacity.Absent"], StoredRows.Of(db, "SELECT code || ' ' || text FROM trace_vocabulary ORDER BY code"));
    }

    [Fact]
    public void Commit_TraceEncodedWithTheVocabulary_ReadsBackAfterReopeningWithoutItsRuleNamesStored()
    {
        using var db = new TempDatabase();
        var trace = new RoutingTrace { FiredRules = [Rules[0], Rules[1], Rules[1], Rules[2]] };
        var decision = Decision(1, "L1", Assignee.ForRep("rep-a", "Ann")) with { Trace = trace };
        using (var log = SqliteDecisionLog.Open(db.Options))
        {
            log.Commit([new DecisionCommit(decision, LiveStateChanges.None, null, vocabulary: log.Vocabulary(Rules))]);
        }

        using var reopened = SqliteDecisionLog.Open(db.Options);

        Assert.Equal(TraceJson.Serialize(trace), TraceJson.Serialize(reopened.Find("d1")!.Trace));
        Assert.Equal(["0"], StoredRows.Of(db, "SELECT instr(CAST(trace AS TEXT), 'Capacity') FROM decision_traces"));
    }

    [Fact]
    public void Open_VocabularyWithAGap_RefusedRatherThanMisreadingTraces()
    {
        using var db = new TempDatabase();
        using (SqliteDecisionLog.Open(db.Options))
        {
        }

        using (var connection = SqliteConnections.Open(db.Options))
        {
            using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO trace_vocabulary (code, text) VALUES (0, 'A'), (2, 'C')";
            insert.ExecuteNonQuery();
        }

        var error = Assert.Throws<InvalidDataException>(() => SqliteDecisionLog.Open(db.Options));
        Assert.Contains("no text numbered 1", error.Message, StringComparison.Ordinal);
    }
}
