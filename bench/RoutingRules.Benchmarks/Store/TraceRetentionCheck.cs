using System.Diagnostics;
using RoutingRules.Domain.Routing.Commit;
using RoutingRules.Store;
using RoutingRules.Store.Routing;

namespace RoutingRules.Benchmarks.Store;

/// <summary>
/// How long a trace retention pass holds the decision log's connection (<c>-- trace-retention
/// DATABASE</c>): removes every trace of the database in the chunks the server uses
/// (<see cref="LeadAssignmentService"/>'s 500), timing each call. The commit thread shares that
/// connection, so a chunk's time is the longest a group commit can wait for it. The database is
/// one a server wrote, e.g. by <c>bench/trace-retention.sh</c>; its traces are gone afterwards.
/// </summary>
public static class TraceRetentionCheck
{
    private const int Chunk = 500;

    public static void Run(string databasePath)
    {
        using var log = SqliteDecisionLog.Open(new SqliteStoreOptions { Path = databasePath });
        var times = new List<double>();
        var removed = 0;
        var total = Stopwatch.StartNew();
        while (true)
        {
            var started = Stopwatch.GetTimestamp();
            var count = log.RemoveTraces(DateTimeOffset.MaxValue, Chunk);
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            if (count == 0)
            {
                break;
            }

            removed += count;
        }

        total.Stop();
        times.RemoveAt(times.Count - 1);
        times.Sort();
        Console.WriteLine($"{removed:N0} traces removed in {times.Count:N0} chunks of up to {Chunk}, {total.Elapsed.TotalSeconds:F2} s in all");
        if (times.Count > 0)
        {
            Console.WriteLine($"  per chunk: median {Percentile(times, 0.5):F2} ms, p99 {Percentile(times, 0.99):F2} ms, max {times[^1]:F2} ms");
        }
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)(p * sorted.Count))];
}
