using Microsoft.Data.Sqlite;
using RoutingRules.Domain.Routing;
using RoutingRules.Domain.Routing.Commit;
using RoutingRules.Store.Routing;
using static RoutingRules.Store.Tests.Routing.SqliteDecisionLogTests;

namespace RoutingRules.Store.Tests.Routing;

/// <summary>
/// Why no territory matched a lead, with its country and industry, kept in the stored decision and
/// read back by every read of the log; an unmatched decision stored before reasons reads as unknown.
/// </summary>
public sealed class DecisionUnmatchedStorageTests
{
    private static readonly UnmatchedLead Japan = UnmatchedLead.Of(UnmatchedReason.UncoveredCountry, "JP", "technology");

    [Fact]
    public void Commit_UnmatchedDecisionThenReopen_EveryReadGivesItsReasonCountryAndIndustry()
    {
        using var db = new TempDatabase();
        var decision = Unmatched(1, "L1", Japan);
        using (var log = SqliteDecisionLog.Open(db.Options))
        {
            log.Commit([new DecisionCommit(decision, LiveStateChanges.None, null)]);
        }

        using var reopened = SqliteDecisionLog.Open(db.Options);

        // Read back as the instance routing shares, whichever read it is.
        Assert.Same(Japan, Assert.Single(reopened.Load(Noon.AddDays(-1)).ActiveDecisions).Decision.Unmatched);
        Assert.Same(Japan, reopened.Find(decision.DecisionId)!.Decision.Unmatched);
        Assert.Same(Japan, Assert.Single(reopened.History("L1")).Decision.Unmatched);
        Assert.Same(Japan, reopened.InForceForLead("L1")!.Decision.Unmatched);
        Assert.Same(Japan, Assert.Single(reopened.InForceDecidedBetween(Noon.AddDays(-1), Noon.AddDays(1))).Decision.Unmatched);
        Assert.Equal(decision.Decision, reopened.Find(decision.DecisionId)!.Decision);
    }

    [Fact]
    public void Load_UnmatchedDecisionsOfOneCountryAndIndustry_ShareOneInstance()
    {
        using var db = new TempDatabase();
        using (var log = SqliteDecisionLog.Open(db.Options))
        {
            log.Commit([.. new[] { 1, 2, 3 }.Select(i => new DecisionCommit(Unmatched(i, $"L{i}", UnmatchedLead.Of(UnmatchedReason.UncoveredIndustry, "DE", "mining")), LiveStateChanges.None, null))]);
        }

        using var reopened = SqliteDecisionLog.Open(db.Options);
        var loaded = reopened.Load(Noon.AddDays(-1)).ActiveDecisions;

        Assert.Equal(3, loaded.Count);
        Assert.Same(loaded[0].Decision.Unmatched, loaded[2].Decision.Unmatched);
        Assert.Equal((UnmatchedReason.UncoveredIndustry, "DE", "mining"), (loaded[1].Decision.Unmatched!.Reason, loaded[1].Decision.Unmatched!.Country, loaded[1].Decision.Unmatched!.Industry));
    }

    [Fact]
    public void Load_RowWrittenBeforeReasonsWereKept_FlaggedWithoutReason()
    {
        using var db = new TempDatabase();
        var decision = Unmatched(1, "L1", Japan);
        using (var log = SqliteDecisionLog.Open(db.Options))
        {
            log.Commit([new DecisionCommit(decision, LiveStateChanges.None, null)]);
        }

        using (var connection = new SqliteConnection($"Data Source={db.Path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            // The compact decision as a build before reasons wrote it: no second present byte, nothing after the texts.
            command.CommandText = "UPDATE decisions SET decision = $stored";
            command.Parameters.AddWithValue("$stored", new DecisionBinary().Encode(decision.Decision with { Unmatched = null }).ToArray());
            Assert.Equal(1, command.ExecuteNonQuery());
        }

        using var reopened = SqliteDecisionLog.Open(db.Options);
        var loaded = Assert.Single(reopened.Load(Noon.AddDays(-1)).ActiveDecisions).Decision;

        Assert.Equal(RoutingFlags.NoTerritoryMatch, loaded.Flags);
        Assert.Null(loaded.Unmatched);
        Assert.Null(reopened.Find(decision.DecisionId)!.Decision.Unmatched);
    }

    [Fact]
    public void Load_RowWrittenAsJsonBeforeSchemaVersion5_FlaggedWithoutReason()
    {
        using var db = new TempDatabase();
        var decision = Unmatched(1, "L1", Japan);
        using (var log = SqliteDecisionLog.Open(db.Options))
        {
            log.Commit([new DecisionCommit(decision, LiveStateChanges.None, null)]);
        }

        using (var connection = new SqliteConnection($"Data Source={db.Path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE decisions SET decision = $json";
            command.Parameters.AddWithValue("$json", DecisionJson.Serialize(decision.Decision));
            Assert.Equal(1, command.ExecuteNonQuery());
        }

        using var reopened = SqliteDecisionLog.Open(db.Options);
        var loaded = Assert.Single(reopened.Load(Noon.AddDays(-1)).ActiveDecisions).Decision;

        Assert.Equal(RoutingFlags.NoTerritoryMatch, loaded.Flags);
        Assert.Null(loaded.Unmatched);
    }

    private static CommittedDecision Unmatched(long sequence, string leadId, UnmatchedLead unmatched)
    {
        var decision = Decision(sequence, leadId, Assignee.ForQueue("default-pool"));
        return decision with
        {
            Decision = decision.Decision with { Level = RoutingLevel.DefaultPool, Flags = RoutingFlags.NoTerritoryMatch, Unmatched = unmatched },
        };
    }
}
