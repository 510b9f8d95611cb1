namespace RoutingRules.Benchmarks.Store;

/// <summary>
/// The commit thread's CPU time per decision (<c>-- quick-commit</c>): <see cref="DecisionCommitBenchmarks"/>'s
/// group commits timed with the thread's own CPU clock, so that, unlike BenchmarkDotNet's wall
/// clock, the figure does not grow while other processes hold the cores. Linux only. Beside it,
/// the checkpoint thread's CPU over the same rounds (the scheduler's account of the thread named
/// <c>wal-checkpoint</c>), divided by the decisions committed, as that thread copies what they wrote. With
/// QUICK_COMMIT_WAL_COPY set to a directory, the database and its log are copied there at the end
/// (snap.db, snap.db-wal) for a WAL parser.
/// </summary>
public static class CommitCpuCheck
{
    private const int WarmRounds = 20;
    private const int Decisions = DecisionCommitBenchmarks.BatchesPerIteration * DecisionCommitBenchmarks.BatchSize;
    private const string CheckpointThread = "wal-checkpoint";

    public static void Run(int rounds = 180)
    {
        var bench = new DecisionCommitBenchmarks();
        bench.Setup();
        try
        {
            var checkpointStart = 0L;
            var measured = CpuRounds.Measure(
                rounds,
                WarmRounds,
                Decisions,
                timed: () =>
                {
                    for (var batch = 0; batch < DecisionCommitBenchmarks.BatchesPerIteration; batch++)
                    {
                        bench.Commit();
                    }
                },
                prepare: round =>
                {
                    bench.BuildBatches();
                    if (round == WarmRounds)
                    {
                        checkpointStart = NamedThreadCpu.Nanoseconds(CheckpointThread);
                    }
                });

            var checkpoint = (NamedThreadCpu.Nanoseconds(CheckpointThread) - checkpointStart) / 1000.0 / (measured.Count * (double)Decisions);
            Console.WriteLine(
                $"commit thread CPU per decision over {measured.Count} rounds of {DecisionCommitBenchmarks.BatchesPerIteration} commits: " +
                $"{measured.Describe("F1")}; checkpoint thread CPU per decision over the same rounds {checkpoint:F1} us");
        }
        finally
        {
            if (Environment.GetEnvironmentVariable("QUICK_COMMIT_WAL_COPY") is { Length: > 0 } copy)
            {
                bench.CopyDatabase(copy);
            }

            bench.Cleanup();
        }
    }
}
