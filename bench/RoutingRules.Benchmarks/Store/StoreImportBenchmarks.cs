using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using RoutingRules.Domain.Model;
using RoutingRules.Store;

namespace RoutingRules.Benchmarks.Store;

/// <summary>ImportDataset of 100,000 accounts / 2,000 reps / 5,000 territories into a fresh SQLite file (target &lt;= 10 s).</summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
[MemoryDiagnoser]
public class StoreImportBenchmarks
{
    private Dataset _dataset = Dataset.Empty;
    private string _directory = string.Empty;
    private SqliteReferenceDataStore? _store;

    [GlobalSetup]
    public void Setup() => _dataset = BenchmarkDatasets.Large;

    [IterationSetup]
    public void OpenFreshDatabase()
    {
        _directory = Path.Combine(Path.GetTempPath(), "routingrules-bench", Guid.NewGuid().ToString("N"));
        _store = SqliteReferenceDataStore.Open(new SqliteStoreOptions { Path = Path.Combine(_directory, "routingrules.db") });
    }

    [IterationCleanup]
    public void DeleteDatabase()
    {
        _store?.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    /// <summary>Validation, one write transaction and the snapshot rebuild: the whole admin operation.</summary>
    [Benchmark]
    public void ImportDataset() => _store!.ImportDataset(_dataset);
}
