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
            var cpu = new List<double>();
            var bytes = new List<long>();
            var checkpointStart = 0L;
            for (var round = 0; round < rounds; round++)
            {
                bench.BuildBatches();
                if (round == WarmRounds)
                {
                    checkpointStart = NamedThreadCpu.Nanoseconds(CheckpointThread);
                }

                var startCpu = ThreadCpuClock.Nanoseconds();
                var startBytes = GC.GetAllocatedBytesForCurrentThread();
                for (var batch = 0; batch < DecisionCommitBenchmarks.BatchesPerIteration; batch++)
                {
                    bench.Commit();
                }

                if (round >= WarmRounds)
                {
                    cpu.Add((ThreadCpuClock.Nanoseconds() - startCpu) / 1000.0 / Decisions);
                    bytes.Add((GC.GetAllocatedBytesForCurrentThread() - startBytes) / Decisions);
                }
            }

            var checkpoint = (NamedThreadCpu.Nanoseconds(CheckpointThread) - checkpointStart) / 1000.0 / (cpu.Count * (double)Decisions);
            cpu.Sort();
            Console.WriteLine(
                $"commit thread CPU per decision over {cpu.Count} rounds of {DecisionCommitBenchmarks.BatchesPerIteration} commits: " +
                $"median {cpu[cpu.Count / 2]:F1} us, min {cpu[0]:F1} us, max {cpu[^1]:F1} us; allocated {bytes.Order().ElementAt(bytes.Count / 2)} B; " +
                $"checkpoint thread CPU per decision over the same rounds {checkpoint:F1} us");
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
