using System.Numerics;

namespace RoutingRules.Domain.Routing.Health;

/// <summary>
/// Durations counted in log-linear buckets of microseconds (eight per power of two, so a
/// percentile is reported within 12.5 % of the true value, on the high side), safe to record
/// from any thread without a lock: one atomic increment per value. Used for the time to assign
/// of DOMAIN.md §7, recorded once per RouteLead, so it must cost next to nothing.
/// </summary>
public sealed class LatencyHistogram
{
    private const int SubBucketBits = 3;
    private const int SubBuckets = 1 << SubBucketBits;

    // Up to 2^40 us (about 12.7 days); longer durations count in the last bucket.
    private const int Octaves = 40;
    private const long Largest = (1L << Octaves) - 1;

    private readonly long[] _counts = new long[Octaves * SubBuckets];
    private long _maxMicroseconds;

    public void Record(TimeSpan elapsed)
    {
        var microseconds = Math.Clamp(elapsed.Ticks / TimeSpan.TicksPerMicrosecond, 0, Largest);
        Interlocked.Increment(ref _counts[Bucket(microseconds)]);
        var max = Volatile.Read(ref _maxMicroseconds);
        while (microseconds > max)
        {
            var seen = Interlocked.CompareExchange(ref _maxMicroseconds, microseconds, max);
            if (seen == max)
            {
                break;
            }

            max = seen;
        }
    }

    /// <summary>The values recorded so far: how many, the median, the 99th percentile and the largest.</summary>
    public LatencySummary Summarize()
    {
        // Counts are read one by one while others record: the summary is of a moment, give or take
        // the values recorded during the read.
        var counts = new long[_counts.Length];
        long total = 0;
        for (var i = 0; i < counts.Length; i++)
        {
            counts[i] = Volatile.Read(ref _counts[i]);
            total += counts[i];
        }

        if (total == 0)
        {
            return LatencySummary.Empty;
        }

        var max = TimeSpan.FromMicroseconds(Volatile.Read(ref _maxMicroseconds));
        return new LatencySummary(total, Percentile(counts, total, 0.50, max), Percentile(counts, total, 0.99, max), max);
    }

    private static TimeSpan Percentile(long[] counts, long total, double quantile, TimeSpan max)
    {
        var rank = (long)Math.Ceiling(quantile * total);
        long seen = 0;
        for (var i = 0; i < counts.Length; i++)
        {
            seen += counts[i];
            if (seen >= rank)
            {
                // The bucket's upper bound, never above the largest value recorded.
                var upper = TimeSpan.FromMicroseconds(UpperBound(i));
                return upper < max ? upper : max;
            }
        }

        return max;
    }

    // Below 8 us one bucket per microsecond; above, eight buckets per power of two.
    private static int Bucket(long microseconds)
    {
        if (microseconds < SubBuckets)
        {
            return (int)microseconds;
        }

        var shift = 63 - BitOperations.LeadingZeroCount((ulong)microseconds) - SubBucketBits;
        return ((shift + 1) << SubBucketBits) + (int)((microseconds >> shift) & (SubBuckets - 1));
    }

    private static long UpperBound(int bucket)
    {
        if (bucket < SubBuckets)
        {
            return bucket;
        }

        var shift = (bucket >> SubBucketBits) - 1;
        var sub = bucket & (SubBuckets - 1);
        return ((long)(SubBuckets + sub + 1) << shift) - 1;
    }
}
