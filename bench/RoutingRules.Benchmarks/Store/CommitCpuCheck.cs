using System.Runtime.InteropServices;

namespace RoutingRules.Benchmarks.Store;

/// <summary>
/// The commit thread's CPU time per decision (<c>-- quick-commit</c>): <see cref="DecisionCommitBenchmarks"/>'s
/// group commits timed with the thread's own CPU clock, so that, unlike BenchmarkDotNet's wall
/// clock, the figure does not grow while other processes hold the cores. Linux only.
/// </summary>
public static class CommitCpuCheck
{
    private const int ThreadCpuClock = 3;
    private const int WarmRounds = 20;

    public static void Run(int rounds = 180)
    {
        var bench = new DecisionCommitBenchmarks();
        bench.Setup();
        try
        {
            var cpu = new List<double>();
            var bytes = new List<long>();
            for (var round = 0; round < rounds; round++)
            {
                bench.BuildBatches();
                var startCpu = ThreadCpuNanoseconds();
                var startBytes = GC.GetAllocatedBytesForCurrentThread();
                for (var batch = 0; batch < DecisionCommitBenchmarks.BatchesPerIteration; batch++)
                {
                    bench.Commit();
                }

                const int decisions = DecisionCommitBenchmarks.BatchesPerIteration * DecisionCommitBenchmarks.BatchSize;
                if (round >= WarmRounds)
                {
                    cpu.Add((ThreadCpuNanoseconds() - startCpu) / 1000.0 / decisions);
                    bytes.Add((GC.GetAllocatedBytesForCurrentThread() - startBytes) / decisions);
                }
            }

            cpu.Sort();
            Console.WriteLine(
                $"commit thread CPU per decision over {cpu.Count} rounds of {DecisionCommitBenchmarks.BatchesPerIteration} commits: " +
                $"median {cpu[cpu.Count / 2]:F1} us, min {cpu[0]:F1} us, max {cpu[^1]:F1} us; allocated {bytes.Order().ElementAt(bytes.Count / 2)} B");
        }
        finally
        {
            bench.Cleanup();
        }
    }

    private static long ThreadCpuNanoseconds()
    {
        if (ClockGetTime(ThreadCpuClock, out var time) != 0)
        {
            throw new InvalidOperationException("clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed.");
        }

        return (time.Seconds * 1_000_000_000L) + time.Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
