using Microsoft.Data.Sqlite;
using RoutingRules.Domain.Model;
using RoutingRules.Domain.Routing;
using RoutingRules.Domain.Routing.Commit;
using RoutingRules.Store.Routing;

namespace RoutingRules.Store.Tests.Routing;

public sealed class SqliteDecisionLogTests
{
    internal static readonly DateTimeOffset Noon = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Commit_ThenReopen_LoadsDecisionAndLiveState()
    {
        using var db = new TempDatabase();
        var decision = Decision(1, "L1", Assignee.ForRep("rep-a", "Ann")) with
        {
            Decision = Decision(1, "L1", Assignee.ForRep("rep-a", "Ann")).Decision with
            {
                Flags = RoutingFlags.TimeZoneMismatch | RoutingFlags.OwnerAbsent,
                NextContactAt = Noon.AddHours(20),
                Priority = LeadPriority.Hot,
            },
            Trace = new RoutingTrace { FiredRules = ["A", "B"] },
        };
        using (var log = SqliteDecisionLog.Open(db.Options))
        {
            log.Commit([new DecisionCommit(decision, new LiveStateChanges { Cursor = new TerritoryCursor("t1", 7), SightedDomain = "NewCo.com" }, null),
                new DecisionCommit(Decision(2, "L2", Assignee.ForQueue("pool")), LiveStateChanges.None, null)]);
        }

        using var reopened = SqliteDecisionLog.Open(db.Options);
        var state = reopened.Load(Noon.AddDays(-1));

        Assert.Equal(2, state.LastSequence);
        var loaded = Assert.Single(state.ActiveDecisions, d => d.LeadId == "L1");
        Assert.Equal(decision.Decision, loaded.Decision);
        Assert.Equal(decision.DecidedAt, loaded.DecidedAt);
        Assert.Empty(loaded.Trace.FiredRules);
        Assert.Equal(["A", "B"], reopened.History("L1").Single().Trace.FiredRules);
        Assert.Equal(new RepLiveCounters(1, new DateOnly(2026, 3, 2), 1, Noon), state.RepCounters["rep-a"]);
        Assert.Equal(7, state.Cursors["t1"]);
        Assert.Equal(new DomainSightings("newco.com", 1, "rep-a"), state.Sightings["newco.com"]);
        Assert.Equal(1, state.QueueLengths["pool"]);
    }

    [Fact]
    public void Commit_TerritoryAndSmallDealPoolCursors_KeptApartThroughAReopen()
    {
        using var db = new TempDatabase();
        using (var log = SqliteDecisionLog.Open(db.Options))
        {
            log.Commit([
                new DecisionCommit(Decision(1, "L1", Assignee.ForRep("rep-a", "Ann")), new LiveStateChanges { Cursor = new TerritoryCursor("t1", 7) }, null),
                new DecisionCommit(Decision(2, "L2", Assignee.ForRep("rep-b", "Bob")), new LiveStateChanges { Cursor = TerritoryCursor.SmallDealPool("t1", 4) }, null)]);
            log.Commit([new DecisionCommit(Decision(3, "L3", Assignee.ForRep("rep-c", "Cy")), new LiveStateChanges { Cursor = TerritoryCursor.SmallDealPool("t1", 5) }, null)]);
        }

        using var reopened = SqliteDecisionLog.Open(db.Options);
        var live = new LiveState(reopened.Load(Noon.AddDays(-1)), TimeSpan.FromHours(2));

        Assert.Equal((7, 5), (live.RoundRobinCursor("t1"), live.RoundRobinCursor(TerritoryCursor.SmallDealPoolKey("t1"))));
    }

    [Fact]
    public void Commit_Reroute_KeepsHistoryAndMovesCounters()
    {
        using var db = new TempDatabase();
        using var log = SqliteDecisionLog.Open(db.Options);
        var first = Decision(1, "L1", Assignee.ForRep("rep-a", "Ann"));
        log.Commit([new DecisionCommit(first, LiveStateChanges.None, null)]);
        var second = Decision(2, "L1", Assignee.ForRep("rep-b", "Bob")) with { SupersedesDecisionId = first.DecisionId };

        log.Commit([new DecisionCommit(second, LiveStateChanges.None, first)]);

        var state = log.Load(Noon.AddDays(-1));
        Assert.Equal(second.DecisionId, Assert.Single(state.ActiveDecisions).DecisionId);
        Assert.Equal(0, state.RepCounters["rep-a"].OpenLeads);
        Assert.Equal(1, state.RepCounters["rep-a"].AssignedToday);
        Assert.Equal(1, state.RepCounters["rep-b"].OpenLeads);
        Assert.Equal([first.DecisionId, second.DecisionId], log.History("L1").Select(d => d.DecisionId));
        Assert.Equal(first.DecisionId, log.History("L1")[1].SupersedesDecisionId);
    }

    [Fact]
    public void Find_SupersededActiveAndUnknownIds_TheDecisionOrNull()
    {
        using var db = new TempDatabase();
        using var log = SqliteDecisionLog.Open(db.Options);
        var first = Decision(1, "L1", Assignee.ForRep("rep-a", "Ann"));
        var other = Decision(2, "L2", Assignee.ForQueue("default-pool"));
        log.Commit([new DecisionCommit(first, LiveStateChanges.None, null), new DecisionCommit(other, LiveStateChanges.None, null)]);
        var second = Decision(3, "L1", Assignee.ForRep("rep-b", "Bob")) with { SupersedesDecisionId = first.DecisionId };
        log.Commit([new DecisionCommit(second, LiveStateChanges.None, first)]);

        var foundFirst = log.Find(first.DecisionId)!;
        var foundSecond = log.Find(second.DecisionId)!;
        Assert.Equal(("L1", 1L, "rep-a"), (foundFirst.LeadId, foundFirst.Sequence, foundFirst.Decision.Assignee.RepId));
        Assert.Equal(("L1", 3L, first.DecisionId), (foundSecond.LeadId, foundSecond.Sequence, foundSecond.SupersedesDecisionId));
        Assert.Equal("default-pool", log.Find(other.DecisionId)!.Decision.Assignee.QueueName);
        Assert.Null(log.Find("no-such-decision"));
    }

    [Fact]
    public void Commit_SecondActiveDecisionForLead_RollsBackTheWholeBatch()
    {
        using var db = new TempDatabase();
        using var log = SqliteDecisionLog.Open(db.Options);
        log.Commit([new DecisionCommit(Decision(1, "L1", Assignee.ForRep("rep-a", "Ann")), LiveStateChanges.None, null)]);

        Assert.Throws<SqliteException>(() => log.Commit([
            new DecisionCommit(Decision(2, "L2", Assignee.ForRep("rep-a", "Ann")), new LiveStateChanges { Cursor = new TerritoryCursor("t1", 3) }, null),
            new DecisionCommit(Decision(3, "L1", Assignee.ForRep("rep-b", "Bob")), LiveStateChanges.None, null)]));

        var state = log.Load(Noon.AddDays(-1));
        Assert.Equal(1, state.LastSequence);
        Assert.Equal(1, state.RepCounters["rep-a"].OpenLeads);
        Assert.False(state.RepCounters.ContainsKey("rep-b"));
        Assert.Empty(state.Cursors);
    }

    /// <summary>Keys a caller chose stay unique among active decisions; a key that defaults to the lead id is unique with the lead.</summary>
    [Fact]
    public void Commit_ChosenKeyOfAnotherActiveDecision_RollsBackTheWholeBatch()
    {
        using var db = new TempDatabase();
        using var log = SqliteDecisionLog.Open(db.Options);
        log.Commit([
            new DecisionCommit(Decision(1, "L1", Assignee.ForRep("rep-a", "Ann")) with { IdempotencyKey = "K" }, LiveStateChanges.None, null),
            new DecisionCommit(Decision(2, "L2", Assignee.ForRep("rep-a", "Ann")), LiveStateChanges.None, null)]);

        Assert.Throws<SqliteException>(() => log.Commit([
            new DecisionCommit(Decision(3, "L3", Assignee.ForRep("rep-b", "Bob")), LiveStateChanges.None, null),
            new DecisionCommit(Decision(4, "L4", Assignee.ForRep("rep-b", "Bob")) with { IdempotencyKey = "K" }, LiveStateChanges.None, null)]));

        var state = log.Load(Noon.AddDays(-1));
        Assert.Equal(2, state.LastSequence);
        Assert.Equal(["K", "L2"], state.ActiveDecisions.Select(d => d.IdempotencyKey));
    }

    [Fact]
    public void Commit_CreatedAccount_IsStoredAsReferenceData()
    {
        using var db = new TempDatabase();
        using (var log = SqliteDecisionLog.Open(db.Options))
        {
            var account = new Account { Id = "acc-newco", Name = "NewCo", Domains = ["newco.com"], OwnerId = null };
            log.Commit([new DecisionCommit(Decision(1, "L1", Assignee.ForQueue("pool")), new LiveStateChanges { CreatedAccount = account }, null)]);
        }

        using var store = db.Open();
        Assert.Equal("NewCo", store.GetAccount("acc-newco")?.Name);
        Assert.Equal("acc-newco", store.Current.FindAccountByDomain("jo@newco.com")?.Account.Id);
    }

    [Fact]
    public void Commit_ManyBatchesAcrossDays_CountersEqualRecomputationFromLog()
    {
        using var db = new TempDatabase();
        using var log = SqliteDecisionLog.Open(db.Options);
        var reps = new[] { "rep-a", "rep-b", "rep-c" };
        var active = new Dictionary<string, CommittedDecision>();
        var sequence = 0;
        for (var batch = 0; batch < 20; batch++)
        {
            var entries = new List<DecisionCommit>();
            for (var i = 0; i < 5; i++)
            {
                sequence++;
                var lead = $"L{sequence % 37}";
                var at = Noon.AddHours(sequence);
                var assignee = sequence % 7 == 0 ? Assignee.ForQueue("pool") : Assignee.ForRep(reps[sequence % 3], "Rep");
                var old = active.GetValueOrDefault(lead);
                var decision = Decision(sequence, lead, assignee, at) with { SupersedesDecisionId = old?.DecisionId };
                entries.Add(new DecisionCommit(decision, LiveStateChanges.None, old));
                active[lead] = decision;
            }

            log.Commit(entries);
        }

        var state = log.Load(Noon);
        using var connection = SqliteConnections.Open(db.Options);
        foreach (var rep in reps)
        {
            var counters = state.RepCounters[rep];
            Assert.Equal(Count(connection, "SELECT count(*) FROM decisions WHERE rep_id = $p AND superseded_by IS NULL", rep), counters.OpenLeads);
            Assert.Equal(Count(connection, "SELECT count(*) FROM decisions WHERE rep_id = $p AND decided_day = (SELECT max(decided_day) FROM decisions WHERE rep_id = $p)", rep), counters.AssignedToday);
            Assert.Equal(active.Values.Count(d => d.Decision.Assignee.RepId == rep), counters.OpenLeads);
        }

        Assert.Equal(active.Values.Count(d => d.Decision.Assignee.IsQueue), state.QueueLengths["pool"]);
        Assert.Equal(active.Count, state.ActiveDecisions.Count);
    }

    private static int Count(SqliteConnection connection, string sql, string parameter)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$p", parameter);
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    internal static CommittedDecision Decision(long sequence, string leadId, Assignee assignee, DateTimeOffset? at = null)
    {
        var decidedAt = at ?? Noon;
        return new CommittedDecision
        {
            DecisionId = $"d{sequence}",
            Sequence = sequence,
            IdempotencyKey = leadId,
            DecidedAt = decidedAt,
            Decision = new RoutingDecision
            {
                LeadId = leadId,
                Assignee = assignee,
                Level = RoutingLevel.Territory,
                TerritoryId = "t1",
                TerritoryName = "Territory one",
                AccountId = "acc-1",
                Treatment = Treatment.SdrAccelerated,
                RespondBy = decidedAt.AddMinutes(15),
                EscalateAt = decidedAt.AddMinutes(30),
                Reason = "Test decision.",
                RuleSetVersion = "v-test",
            },
        };
    }
}
