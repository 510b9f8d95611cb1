using System.Globalization;
using RoutingRules.Domain.Explain;

namespace RoutingRules.Domain.Tests.Explain;

/// <summary>The cached number texts are exactly the invariant formats they replace.</summary>
public sealed class TraceNumbersTests
{
    [Fact]
    public void Integer_AroundTheTable_IsInvariantToString()
    {
        long[] edges = [long.MinValue, -1, long.MaxValue, TraceNumbers.Tabled - 1, TraceNumbers.Tabled];
        foreach (var value in Enumerable.Range(-300, 2000).Select(i => (long)i).Concat(edges))
        {
            Assert.Equal(value.ToString(CultureInfo.InvariantCulture), TraceNumbers.Integer(value));
        }
    }

    [Fact]
    public void Integer_TabledValue_ReturnsOneInstance()
    {
        Assert.Same(TraceNumbers.Integer(42), TraceNumbers.Integer(42));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(255.0)]
    [InlineData(256.0)]
    [InlineData(0.5)]
    [InlineData(0.9996)]
    [InlineData(254.9999)]
    [InlineData(0.0004)]
    [InlineData(12.3456)]
    [InlineData(-3.0)]
    [InlineData(-0.0001)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(1e300)]
    public void Score_Value_IsItsZeroHashHashHashFormat(double value)
    {
        Assert.Equal(value.ToString("0.###", CultureInfo.InvariantCulture), TraceNumbers.Score(value));
    }

    [Fact]
    public void Score_NegativeZero_IsItsFormat()
    {
        Assert.Equal((-0.0).ToString("0.###", CultureInfo.InvariantCulture), TraceNumbers.Score(-0.0));
    }

    [Fact]
    public void Score_EveryWholeNumberOfTheTable_IsItsFormat()
    {
        for (var i = 0; i <= TraceNumbers.Tabled; i++)
        {
            Assert.Equal(((double)i).ToString("0.###", CultureInfo.InvariantCulture), TraceNumbers.Score(i));
        }
    }
}
