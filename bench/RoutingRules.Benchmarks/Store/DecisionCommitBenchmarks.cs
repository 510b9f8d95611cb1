using BenchmarkDotNet.Attributes;
using RoutingRules.Domain.Explain.Binary;
using RoutingRules.Domain.Routing;
using RoutingRules.Domain.Routing.Commit;
using RoutingRules.Domain.Snapshot;
using RoutingRules.Rules;
using RoutingRules.Store;
using RoutingRules.Store.Routing;

namespace RoutingRules.Benchmarks.Store;

/// <summary>
/// The commit thread's cost per decision: <see cref="SqliteDecisionLog.Commit"/> of group commits
/// of <see cref="BatchSize"/> decisions shaped like bench/route-load.sh's reroutes (the demo
/// dataset's territory-level lead routed again: each decision supersedes the previous one and
/// moves the assignment between two reps, with the cursor change and the ~1.9 KB encoded trace
/// of the real route) into a temporary database that grows through the run. Traces are encoded
/// in the iteration setup, as the callers' pool threads do before the commit. The database runs
/// with synchronous NORMAL and lives in /dev/shm where there is one: FULL adds one fsync per
/// commit, and a disk shared with other work adds write-back stalls, both of milliseconds, that
/// would swamp the CPU figures this benchmark is for; the statements written are the same.
/// Figures are per decision (one operation = one decision; an invocation = one group commit).
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 20, invocationCount: BatchesPerIteration)]
[MemoryDiagnoser]
[MinColumn, MedianColumn]
public class DecisionCommitBenchmarks
{
    internal const int BatchSize = 16;
    internal const int BatchesPerIteration = 64;
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private readonly DecisionCommit[][] _batches = new DecisionCommit[BatchesPerIteration][];
    private string _directory = string.Empty;
    private SqliteDecisionLog _log = null!;
    private RoutingOutcome _outcome = null!;
    private TraceVocabulary _vocabulary = TraceVocabulary.Empty;
    private Assignee[] _reps = [];
    private CommittedDecision? _lastCommitted;
    private long _sequence;
    // The ids the routing thread makes: they carry their sequence, so the log keeps no index of them.
    private readonly DecisionIds _ids = new();
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        var dataset = LoadTestLead.DemoDataset();
        var snapshot = ReferenceSnapshot.Build(dataset);
        var context = new RoutingContext(snapshot, new InMemoryLiveState(snapshot), new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.FromHours(1)));
        var lead = LoadTestLead.Create();
        var router = RoutingRuleSet.Compile().CreateRouter();
        _outcome = router.Route(lead, context);
        var routed = _outcome.Decision.Assignee;
        if (routed.RepId is null)
        {
            throw new InvalidOperationException("The benchmark lead must be routed to a rep, as in route-load.sh.");
        }

        var other = dataset.Reps.First(r => r.Id != routed.RepId);
        _reps = [routed, Assignee.ForRep(other.Id, other.Name)];
        var memory = Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath();
        _directory = Path.Combine(memory, "routingrules-bench", Guid.NewGuid().ToString("N"));
        _log = SqliteDecisionLog.Open(new SqliteStoreOptions { Path = Path.Combine(_directory, "routingrules.db"), Synchronous = SqliteSynchronous.Normal });
        // As the server does: traces are encoded with the log's vocabulary of rule names.
        _vocabulary = _log.Vocabulary(router.RuleNames);
    }

    [IterationSetup]
    public void BuildBatches()
    {
        // BenchmarkDotNet may leave some of an iteration's batches uncommitted (its jitting stage runs one).
        var previous = _lastCommitted = _next > 0 ? _batches[_next - 1][^1].Decision : _lastCommitted;
        for (var b = 0; b < BatchesPerIteration; b++)
        {
            var batch = new DecisionCommit[BatchSize];
            for (var i = 0; i < BatchSize; i++)
            {
                var sequence = ++_sequence;
                var at = Start.AddMilliseconds(sequence * 7);
                var decision = new CommittedDecision
                {
                    DecisionId = _ids.Next(at, sequence),
                    Sequence = sequence,
                    IdempotencyKey = _outcome.Decision.LeadId, // as route-load.sh sends no key: it defaults to the lead id
                    DecidedAt = at,
                    Decision = _outcome.Decision with { Assignee = _reps[sequence & 1] },
                    Trace = _outcome.Trace,
                    SupersedesDecisionId = previous?.DecisionId,
                };
                batch[i] = new DecisionCommit(decision, _outcome.Changes, previous, vocabulary: _vocabulary);
                batch[i].EncodeTrace();
                previous = decision;
            }

            _batches[b] = batch;
        }

        _next = 0;
    }

    [Benchmark(OperationsPerInvoke = BatchSize)]
    public void Commit() => _log.Commit(_batches[_next++]);

    /// <summary>
    /// Copies the database and its write-ahead log into <paramref name="directory"/> as they are, for a
    /// WAL parser to count the frames of the last commits (the copy may catch a checkpoint midway).
    /// </summary>
    internal void CopyDatabase(string directory)
    {
        Directory.CreateDirectory(directory);
        foreach (var suffix in new[] { "-wal", "" })
        {
            File.Copy(Path.Combine(_directory, "routingrules.db" + suffix), Path.Combine(directory, "snap.db" + suffix), overwrite: true);
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _log.Dispose();
        Directory.Delete(_directory, recursive: true);
    }
}
