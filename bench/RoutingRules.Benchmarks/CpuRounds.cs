namespace RoutingRules.Benchmarks;

/// <summary>
/// The measuring loop of the quick checks (<c>quick-session</c>, <c>quick-route</c>,
/// <c>quick-commit</c>): rounds of work timed with the calling thread's own CPU clock
/// (<see cref="ThreadCpuClock"/>) and allocation counter, the first rounds discarded as warm-up,
/// figures per item of a round.
/// </summary>
public sealed class CpuRounds
{
    private readonly List<double> _microseconds;
    private readonly List<long> _bytes;

    private CpuRounds(List<double> microseconds, List<long> bytes)
    {
        microseconds.Sort();
        bytes.Sort();
        (_microseconds, _bytes) = (microseconds, bytes);
    }

    /// <summary>The rounds kept (after the warm-up).</summary>
    public int Count => _microseconds.Count;

    /// <summary>
    /// Runs <paramref name="rounds"/> rounds of <paramref name="timed"/>, each after an untimed
    /// <paramref name="prepare"/> (given the round's number), and keeps those from
    /// <paramref name="warmRounds"/> on.
    /// </summary>
    public static CpuRounds Measure(int rounds, int warmRounds, int itemsPerRound, Action timed, Action<int>? prepare = null)
    {
        var microseconds = new List<double>();
        var bytes = new List<long>();
        for (var round = 0; round < rounds; round++)
        {
            prepare?.Invoke(round);
            var startCpu = ThreadCpuClock.Nanoseconds();
            var startBytes = GC.GetAllocatedBytesForCurrentThread();
            timed();
            if (round >= warmRounds)
            {
                microseconds.Add((ThreadCpuClock.Nanoseconds() - startCpu) / 1000.0 / itemsPerRound);
                bytes.Add((GC.GetAllocatedBytesForCurrentThread() - startBytes) / itemsPerRound);
            }
        }

        return new CpuRounds(microseconds, bytes);
    }

    /// <summary>"median ... us, min ... us, max ... us; allocated ... B", times in <paramref name="format"/>.</summary>
    public string Describe(string format) =>
        $"median {_microseconds[Count / 2].ToString(format)} us, min {_microseconds[0].ToString(format)} us, " +
        $"max {_microseconds[^1].ToString(format)} us; allocated {_bytes[Count / 2]} B";
}
