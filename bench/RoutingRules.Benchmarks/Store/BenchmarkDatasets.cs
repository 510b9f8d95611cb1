using RoutingRules.Domain.Generation;
using RoutingRules.Domain.Model;

namespace RoutingRules.Benchmarks.Store;

/// <summary>The routing-state benchmark size named in the performance targets, generated once per process.</summary>
internal static class BenchmarkDatasets
{
    public const int Accounts = 100_000;
    public const int Reps = 2_000;
    public const int Territories = 5_000;

    private static readonly Lazy<Dataset> LargeDataset = new(() => DatasetGenerator.Generate(Accounts, Reps, Territories, seed: 2026));

    public static Dataset Large => LargeDataset.Value;
}
