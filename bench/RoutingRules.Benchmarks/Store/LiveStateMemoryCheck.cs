using System.Runtime.CompilerServices;
using RoutingRules.Domain.Routing.Commit;
using RoutingRules.Store;
using RoutingRules.Store.Routing;

namespace RoutingRules.Benchmarks.Store;

/// <summary>
/// What the decisions in force cost in memory (<c>-- live-state-memory DATABASE</c>): loads the
/// decision log as the server does at start (<see cref="SqliteDecisionLog.Load(DateTimeOffset)"/>), builds the
/// <see cref="LiveState"/> over it, and prints the managed bytes each step keeps alive (after full
/// collections), per decision in force; then again as a server started a year later would load
/// it, the rep-assigned decisions dormant (<see cref="DormantDecisions"/>); last, how long each of
/// the two loads takes and what it allocates. The database is one a
/// server wrote, e.g. by <c>bench/live-state-memory.sh</c>; it is opened as the server opens it.
/// </summary>
public static class LiveStateMemoryCheck
{
    private const int TimedLoads = 5;

    public static void Run(string databasePath)
    {
        using var log = SqliteDecisionLog.Open(new SqliteStoreOptions { Path = databasePath });
        // Every decision counts as in force; none as recent (the high-activity history is apart).
        var (count, loaded, indexes, held) = Measure(log, DateTimeOffset.MaxValue);
        // Every decision also recent, as on a server that routed them all within the history's window.
        var (_, _, _, heldWithRecent) = Measure(log, DateTimeOffset.MinValue);
        var loadNow = TimeLoad(log, null);
        var (whole, dormant, heldAYearLater) = MeasureDormant(log, DateTimeOffset.UtcNow.AddYears(1));
        var loadAYearLater = TimeLoad(log, DateTimeOffset.UtcNow.AddYears(1));

        Console.WriteLine($"{count:N0} decisions in force");
        Console.WriteLine($"  as loaded:                      {PerDecision(loaded, count)}");
        Console.WriteLine($"  live state's indexes over them: {PerDecision(indexes, count)}");
        Console.WriteLine($"  held by the live state:         {PerDecision(held, count)}");
        Console.WriteLine($"  held, every one also recent:    {PerDecision(heldWithRecent, count)}");
        Console.WriteLine($"a year later: {dormant:N0} dormant (by hash), {whole:N0} kept whole (waiting in queues)");
        Console.WriteLine($"  held by the live state:         {PerDecision(heldAYearLater, count)}");
        Console.WriteLine($"  held less per dormant decision: {(dormant == 0 ? "-" : $"{(held - heldAYearLater) / (double)dormant,6:F0} B")}");
        Console.WriteLine($"loading them (median of {TimedLoads}): {loadNow.Median.TotalSeconds:F2} s, {loadNow.AllocatedBytes / 1048576.0:F0} MiB allocated; " +
            $"a year later {loadAYearLater.Median.TotalSeconds:F2} s, {loadAYearLater.AllocatedBytes / 1048576.0:F0} MiB allocated");
    }

    // Not inlined, so that nothing it loaded is still reachable from the caller's frame afterwards.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (int Count, long Loaded, long Indexes, long Held) Measure(SqliteDecisionLog log, DateTimeOffset recentSince)
    {
        var empty = LiveBytes();
        var data = log.Load(recentSince);
        var loaded = LiveBytes();
        var state = new LiveState(data, TimeSpan.FromDays(36_500));
        var withIndexes = LiveBytes();
        var count = data.ActiveDecisions.Count;
        data = null;
        var held = LiveBytes();
        GC.KeepAlive(state);
        return (count, loaded - empty, withIndexes - loaded, held - empty);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (int Whole, int Dormant, long Held) MeasureDormant(SqliteDecisionLog log, DateTimeOffset now)
    {
        var empty = LiveBytes();
        var dormant = new DormantDecisions(log, TimeSpan.FromDays(30));
        var data = log.Load(DateTimeOffset.MaxValue, facts => dormant.IsDormant(facts, now));
        var state = new LiveState(data, TimeSpan.FromDays(36_500), dormant);
        var counts = (data.ActiveDecisions.Count, data.DormantLeads.Count);
        data = null;
        var held = LiveBytes();
        GC.KeepAlive(state);
        return (counts.Item1, counts.Item2, held - empty);
    }

    /// <summary>
    /// How long the server's load of the live state takes, now (<paramref name="aYearLater"/> null:
    /// nothing dormant) or as a server started at that time would load it; and what one load allocates.
    /// </summary>
    private static (TimeSpan Median, long AllocatedBytes) TimeLoad(SqliteDecisionLog log, DateTimeOffset? aYearLater)
    {
        var times = new List<TimeSpan>();
        long allocated = 0;
        for (var i = 0; i < TimedLoads; i++)
        {
            LiveBytes();
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var dormant = new DormantDecisions(log, TimeSpan.FromDays(30));
            var data = aYearLater is { } now ? log.Load(DateTimeOffset.MaxValue, facts => dormant.IsDormant(facts, now)) : log.Load(DateTimeOffset.MaxValue);
            times.Add(watch.Elapsed);
            allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
            GC.KeepAlive(data);
        }

        times.Sort();
        return (times[times.Count / 2], allocated);
    }

    private static string PerDecision(long bytes, int count) =>
        count == 0 ? "-" : $"{bytes / (double)count,6:F0} B per decision ({bytes / 1048576.0:F1} MiB)";

    private static long LiveBytes()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
