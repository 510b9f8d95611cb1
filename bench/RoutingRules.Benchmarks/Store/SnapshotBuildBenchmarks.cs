using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using RoutingRules.Domain.Model;
using RoutingRules.Domain.Snapshot;

namespace RoutingRules.Benchmarks.Store;

/// <summary>Building the indexed reference snapshot of 100,000 accounts (target &lt;= 2 s).</summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 10)]
[MemoryDiagnoser]
public class SnapshotBuildBenchmarks
{
    private Dataset _dataset = Dataset.Empty;
    private ReferenceSnapshot _snapshot = ReferenceSnapshot.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _dataset = BenchmarkDatasets.Large;
        _snapshot = ReferenceSnapshot.Build(_dataset);
    }

    [Benchmark]
    public ReferenceSnapshot Build() => ReferenceSnapshot.Build(_dataset);

    /// <summary>A rep-only change (workload counters) patches the snapshot instead of rebuilding it.</summary>
    [Benchmark]
    public ReferenceSnapshot PatchRep() => _snapshot.WithRep(_dataset.Reps[17] with { Workload = new RepWorkload { OpenLeads = 3 } });
}
