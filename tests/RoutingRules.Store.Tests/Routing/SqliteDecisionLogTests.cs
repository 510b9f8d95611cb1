using Microsoft.Data.Sqlite;
using RoutingRules.Domain.Model;
using RoutingRules.Domain.Routing;
using RoutingRules.Domain.Routing.Commit;
using RoutingRules.Store.Routing;

namespace RoutingRules.Store.Tests.Routing;

public sealed class SqliteDecisionLogTests
{
    private static readonly DateTimeOffset Noon = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);

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
    public void LeadOfDecision_SupersededAndUnknownIds_LeadOrNull()
    {
        using var db = new TempDatabase();
        using var log = SqliteDecisionLog.Open(db.Options);
        var first = Decision(1, "L1", Assignee.ForRep("rep-a", "Ann"));
        var other = Decision(2, "L2", Assignee.ForQueue("default-pool"));
        log.Commit([new DecisionCommit(first, LiveStateChanges.None, null), new DecisionCommit(other, LiveStateChanges.None, null)]);
        var second = Decision(3, "L1", Assignee.ForRep("rep-b", "Bob")) with { SupersedesDecisionId = first.DecisionId };
        log.Commit([new DecisionCommit(second, LiveStateChanges.None, first)]);

        Assert.Equal("L1", log.LeadOfDecision(first.DecisionId));
        Assert.Equal("L1", log.LeadOfDecision(second.DecisionId));
        Assert.Equal("L2", log.LeadOfDecision(other.DecisionId));
        Assert.Null(log.LeadOfDecision("no-such-decision"));
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

    /// <summary>
    /// One group commit sums its counter and cursor changes; the stored counters equal those of
    /// the same decisions committed one by one, across a UTC midnight and with reroutes.
    /// </summary>
    [Fact]
    public void Commit_OneBatch_CountersEqualCommittingOneByOne()
    {
        var midnight = new DateTimeOffset(2026, 3, 3, 0, 0, 0, TimeSpan.Zero);
        var d1 = Decision(1, "L1", Assignee.ForRep("rep-a", "Ann"), midnight.AddSeconds(-50));
        var d2 = Decision(2, "L2", Assignee.ForRep("rep-a", "Ann"), midnight.AddSeconds(-20));
        var d3 = Decision(3, "L3", Assignee.ForRep("rep-b", "Bob"), midnight.AddSeconds(10));
        var d4 = Decision(4, "L1", Assignee.ForRep("rep-b", "Bob"), midnight.AddSeconds(20)) with { SupersedesDecisionId = d1.DecisionId };
        var d5 = Decision(5, "L4", Assignee.ForRep("rep-a", "Ann"), midnight.AddSeconds(30));
        var d6 = Decision(6, "L2", Assignee.ForRep("rep-c", "Cid"), midnight.AddSeconds(40)) with { SupersedesDecisionId = d2.DecisionId };
        DecisionCommit[] entries =
        [
            new(d1, new LiveStateChanges { Cursor = new TerritoryCursor("t1", 1) }, null),
            new(d2, new LiveStateChanges { Cursor = new TerritoryCursor("t1", 2) }, null),
            new(d3, new LiveStateChanges { Cursor = new TerritoryCursor("t2", 1) }, null),
            new(d4, new LiveStateChanges { Cursor = new TerritoryCursor("t1", 3) }, d1),
            new(d5, LiveStateChanges.None, null),
            new(d6, LiveStateChanges.None, d2),
        ];
        using var batched = new TempDatabase();
        using var oneByOne = new TempDatabase();
        LiveStateData batchedState, oneByOneState;
        using (var log = SqliteDecisionLog.Open(batched.Options))
        {
            log.Commit(entries);
            batchedState = log.Load(Noon);
        }

        using (var log = SqliteDecisionLog.Open(oneByOne.Options))
        {
            foreach (var entry in entries)
            {
                log.Commit([entry]);
            }

            oneByOneState = log.Load(Noon);
        }

        Assert.Equal(oneByOneState.RepCounters.OrderBy(r => r.Key), batchedState.RepCounters.OrderBy(r => r.Key));
        Assert.Equal(oneByOneState.Cursors.OrderBy(c => c.Key), batchedState.Cursors.OrderBy(c => c.Key));
        Assert.Equal(new RepLiveCounters(1, new DateOnly(2026, 3, 3), 1, midnight.AddSeconds(30)), batchedState.RepCounters["rep-a"]);
        Assert.Equal(new RepLiveCounters(2, new DateOnly(2026, 3, 3), 2, midnight.AddSeconds(20)), batchedState.RepCounters["rep-b"]);
        Assert.Equal(3, batchedState.Cursors["t1"]);
    }

    [Fact]
    public void Commit_Trace_StoredAsJsonText()
    {
        using var db = new TempDatabase();
        using (var log = SqliteDecisionLog.Open(db.Options))
        {
            log.Commit([new DecisionCommit(Decision(1, "L1", Assignee.ForRep("rep-a", "Ann")) with { Trace = new RoutingTrace { FiredRules = ["Matching.ByDomain", "Décision"] } },
                LiveStateChanges.None, null)]);
        }

        using var connection = SqliteConnections.Open(db.Options);
        using var query = connection.CreateCommand();
        query.CommandText = "SELECT typeof(trace_json), json_extract(trace_json, '$.firedRules[1]') FROM decision_traces WHERE sequence = 1";
        using var reader = query.ExecuteReader();
        Assert.True(reader.Read());
        Assert.Equal("text", reader.GetString(0));
        Assert.Equal("Décision", reader.GetString(1));
    }

    /// <summary>A decision written by a version-2 build (trace in the decisions row) keeps its trace after the upgrade.</summary>
    [Fact]
    public void Open_DecisionStoredAtVersion2_KeepsItsTrace()
    {
        using var db = new TempDatabase();
        using (var connection = SqliteConnections.Open(db.Options))
        {
            Migrations.SchemaMigrator.Migrate(connection, 2);
            using var insert = connection.CreateCommand();
            insert.CommandText = """
                INSERT INTO decisions (sequence, decision_id, lead_id, idempotency_key, decided_at, decided_day, rep_id, account_id, decision_json, trace_json)
                VALUES (1, 'd1', 'L1', 'L1', '2026-03-02T12:00:00.0000000Z', '2026-03-02', 'rep-a', 'acc-1',
                  '{"leadId":"L1","repId":"rep-a","repName":"Ann","level":"Territory","territoryId":"t1","accountId":"acc-1","treatment":"SdrAccelerated","priority":"Normal","respondBy":"2026-03-02T12:15:00+00:00","escalateAt":"2026-03-02T12:30:00+00:00","flags":"None","reason":"Test decision.","ruleSetVersion":"v-test"}',
                  '{"firedRules":["A","B"],"claims":[],"exclusions":[]}');
                INSERT INTO rep_live_counters (rep_id, open_leads, assigned_day, assigned_today, last_assigned_at) VALUES ('rep-a', 1, '2026-03-02', 1, '2026-03-02T12:00:00.0000000Z');
                """;
            insert.ExecuteNonQuery();
        }

        using var log = SqliteDecisionLog.Open(db.Options);

        var stored = Assert.Single(log.History("L1"));
        Assert.Equal(["A", "B"], stored.Trace.FiredRules);
        Assert.Equal("rep-a", stored.Decision.Assignee.RepId);
        Assert.Equal(1, log.Load(Noon.AddDays(-1)).LastSequence);
    }

    /// <summary>
    /// The write-ahead log stays short while the checkpoint thread copies behind the writer and
    /// the writer's automatic checkpoint starts the log over (2,000 commits write 80+ MB of pages).
    /// </summary>
    [Fact]
    public void Commit_ManyGroupCommits_WriteAheadLogStaysShort()
    {
        using var db = new TempDatabase();
        var failures = new System.Collections.Concurrent.ConcurrentQueue<Exception>();
        using var log = SqliteDecisionLog.Open(db.Options, failures.Enqueue);
        var trace = new RoutingTrace { FiredRules = Enumerable.Range(0, 300).Select(i => $"Rule.Number{i}").ToList() };

        for (var i = 1; i <= 2000; i++)
        {
            log.Commit([new DecisionCommit(Decision(i, $"L{i}", Assignee.ForRep("rep-a", "Ann")) with { Trace = trace }, LiveStateChanges.None, null)]);
        }

        Assert.Empty(failures);
        Assert.InRange(new FileInfo(db.Path + "-wal").Length, 0, 32L << 20);
        Assert.Equal(2000, log.Load(Noon.AddDays(-1)).LastSequence);
    }

    private static int Count(SqliteConnection connection, string sql, string parameter)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$p", parameter);
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static CommittedDecision Decision(long sequence, string leadId, Assignee assignee, DateTimeOffset? at = null)
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
