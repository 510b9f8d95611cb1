using RoutingRules.Domain.Explain;
using RoutingRules.Domain.Explain.Binary;
using RoutingRules.Domain.Routing;
using RoutingRules.Domain.Routing.Commit;
using RoutingRules.Store.Routing;
using static RoutingRules.Store.Tests.Routing.SqliteDecisionLogTests;

namespace RoutingRules.Store.Tests.Routing;

/// <summary>How the decision log lays decisions out on disk: trace table and format, summed counters, checkpoints, upgrades.</summary>
public sealed class DecisionLogStorageTests
{
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
    public void Commit_Trace_StoredCompactAndReadBack()
    {
        using var db = new TempDatabase();
        var trace = new RoutingTrace { FiredRules = ["Matching.ByDomain", "Décision"], Distribution = "RoundRobin picked rep-a" };
        using (var log = SqliteDecisionLog.Open(db.Options))
        {
            log.Commit([new DecisionCommit(Decision(1, "L1", Assignee.ForRep("rep-a", "Ann")) with { Trace = trace }, LiveStateChanges.None, null)]);
            Assert.Equal(TraceJson.Serialize(trace), TraceJson.Serialize(Assert.Single(log.History("L1")).Trace));
        }

        using var connection = SqliteConnections.Open(db.Options);
        using var query = connection.CreateCommand();
        query.CommandText = "SELECT typeof(trace), trace FROM decision_traces WHERE sequence = 1";
        using var reader = query.ExecuteReader();
        Assert.True(reader.Read());
        Assert.Equal("blob", reader.GetString(0));
        var stored = reader.GetFieldValue<byte[]>(1);
        Assert.Equal(TraceBinary.FormatVersion, stored[0]);
        Assert.Equal(["Matching.ByDomain", "Décision"], TraceBinary.Decode(stored).FiredRules);
    }

    /// <summary>A trace a version-3 build stored as JSON text still reads after the upgrade, beside compact ones.</summary>
    [Fact]
    public void Open_TraceStoredAsJsonAtVersion3_StillReads()
    {
        using var db = new TempDatabase();
        using (var connection = SqliteConnections.Open(db.Options))
        {
            Migrations.SchemaMigrator.Migrate(connection, 3);
            using var insert = connection.CreateCommand();
            insert.CommandText = StoredRows.InsertJsonDecisionOfL1("L1") + """
                INSERT INTO decision_traces (sequence, trace_json) VALUES (1, '{"firedRules":["A","B"],"claims":["old claim"],"exclusions":[]}');
                INSERT INTO rep_live_counters (rep_id, open_leads, assigned_day, assigned_today, last_assigned_at) VALUES ('rep-a', 1, '2026-03-02', 1, '2026-03-02T12:00:00.0000000Z');
                """;
            insert.ExecuteNonQuery();
        }

        using var log = SqliteDecisionLog.Open(db.Options);
        var old = Assert.Single(log.History("L1"));
        log.Commit([new DecisionCommit(Decision(2, "L1", Assignee.ForRep("rep-b", "Bob")) with
        {
            SupersedesDecisionId = old.DecisionId,
            Trace = new RoutingTrace { FiredRules = ["C"] },
        }, LiveStateChanges.None, old)]);

        var history = log.History("L1");
        Assert.Equal(2, history.Count);
        Assert.Equal(["A", "B"], history[0].Trace.FiredRules);
        Assert.Equal(["old claim"], history[0].Trace.Claims);
        Assert.Equal(["C"], history[1].Trace.FiredRules);
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
            insert.CommandText = $$"""
                INSERT INTO decisions (sequence, decision_id, lead_id, idempotency_key, decided_at, decided_day, rep_id, account_id, decision_json, trace_json)
                VALUES (1, 'd1', 'L1', 'L1', '2026-03-02T12:00:00.0000000Z', '2026-03-02', 'rep-a', 'acc-1',
                  '{{StoredRows.JsonDecisionOfL1}}',
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

    [Fact]
    public void Sync_AfterCommits_Succeeds()
    {
        using var db = new TempDatabase();
        using var log = SqliteDecisionLog.Open(db.Options);
        log.Commit([new DecisionCommit(Decision(1, "L1", Assignee.ForRep("rep-a", "Ann")), LiveStateChanges.None, null)]);

        log.Sync();

        Assert.True(File.Exists(db.Path + "-wal"));
        Assert.Equal(1, log.Load(Noon.AddDays(-1)).LastSequence);
    }

    /// <summary>With FULL (the default) the log syncs the WAL file itself; a log that cannot find it cannot say a batch is durable.</summary>
    [Fact]
    public void Sync_WalFileGone_Throws()
    {
        using var db = new TempDatabase();
        using var log = SqliteDecisionLog.Open(db.Options);
        log.Commit([new DecisionCommit(Decision(1, "L1", Assignee.ForRep("rep-a", "Ann")), LiveStateChanges.None, null)]);
        File.Delete(db.Path + "-wal");

        Assert.ThrowsAny<IOException>(log.Sync);
    }

    [Fact]
    public void Sync_SynchronousNormal_DoesNotTouchTheWalFile()
    {
        using var db = new TempDatabase();
        using var log = SqliteDecisionLog.Open(db.Options with { Synchronous = SqliteSynchronous.Normal });
        log.Commit([new DecisionCommit(Decision(1, "L1", Assignee.ForRep("rep-a", "Ann")), LiveStateChanges.None, null)]);
        File.Delete(db.Path + "-wal");

        log.Sync();
    }
}
