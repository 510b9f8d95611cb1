using RoutingRules.Domain.Routing.Health;

namespace RoutingRules.Domain.Tests.Routing.Health;

/// <summary>The time-to-assign histogram: percentiles within one bucket (12.5 %) above the truth, counts exact under concurrency.</summary>
public sealed class LatencyHistogramTests
{
    [Fact]
    public void Summarize_NothingRecorded_Empty()
    {
        Assert.Equal(LatencySummary.Empty, new LatencyHistogram().Summarize());
    }

    [Fact]
    public void Summarize_OneToThousandMilliseconds_PercentilesWithinABucketAbove()
    {
        var histogram = new LatencyHistogram();
        foreach (var ms in Enumerable.Range(1, 1000).Reverse())
        {
            histogram.Record(TimeSpan.FromMilliseconds(ms));
        }

        var summary = histogram.Summarize();

        Assert.Equal(1000, summary.Count);
        Assert.InRange(summary.Median.TotalMilliseconds, 500, 500 * 1.125);
        Assert.InRange(summary.P99.TotalMilliseconds, 990, 990 * 1.125);
        Assert.Equal(TimeSpan.FromMilliseconds(1000), summary.Max);
    }

    [Fact]
    public void Summarize_FewMicroseconds_Exact()
    {
        var histogram = new LatencyHistogram();
        histogram.Record(TimeSpan.FromMicroseconds(3));
        histogram.Record(TimeSpan.FromMicroseconds(5));
        histogram.Record(TimeSpan.FromMicroseconds(7));

        var summary = histogram.Summarize();

        Assert.Equal(TimeSpan.FromMicroseconds(5), summary.Median);
        Assert.Equal(TimeSpan.FromMicroseconds(7), summary.P99);
    }

    [Fact]
    public void Summarize_OneSlowAmongFast_P99StaysFastAndMaxIsTheSlowOne()
    {
        var histogram = new LatencyHistogram();
        for (var i = 0; i < 999; i++)
        {
            histogram.Record(TimeSpan.FromMilliseconds(2));
        }

        histogram.Record(TimeSpan.FromSeconds(42));

        var summary = histogram.Summarize();

        Assert.InRange(summary.P99.TotalMilliseconds, 2, 2 * 1.125);
        Assert.Equal(TimeSpan.FromSeconds(42), summary.Max);
    }

    [Fact]
    public async Task Record_FromFourThreads_CountsEveryValue()
    {
        var histogram = new LatencyHistogram();

        await Task.WhenAll(Enumerable.Range(0, 4).Select(t => Task.Run(() =>
        {
            for (var i = 0; i < 10_000; i++)
            {
                histogram.Record(TimeSpan.FromMicroseconds(100 + (i % 7) + t));
            }
        })));

        var summary = histogram.Summarize();
        Assert.Equal(40_000, summary.Count);
        Assert.Equal(TimeSpan.FromMicroseconds(109), summary.Max);
    }
}
