namespace RoutingRules.Grpc.Tests;

public class GrpcTimeoutTests
{
    [Theory]
    [InlineData("2H", 2L * 60 * 60 * 1000 * 10_000)]
    [InlineData("3M", 3L * 60 * 1000 * 10_000)]
    [InlineData("5S", 5L * 1000 * 10_000)]
    [InlineData("250m", 250L * 10_000)]
    [InlineData("700u", 700L * 10)]
    [InlineData("1500n", 15L)]
    [InlineData("99999999S", 99_999_999L * 1000 * 10_000)]
    [InlineData("0m", 0L)]
    public void TryParse_EachUnit_ReturnsDuration(string text, long expectedTicks)
    {
        Assert.True(GrpcTimeout.TryParse(text, out var timeout));
        Assert.Equal(expectedTicks, timeout.Ticks);
    }

    [Theory]
    [InlineData("")]
    [InlineData("S")]
    [InlineData("10")]
    [InlineData("10s")]
    [InlineData("10x")]
    [InlineData("-1S")]
    [InlineData("1.5S")]
    [InlineData(" 1S")]
    [InlineData("123456789S")]
    public void TryParse_InvalidValue_ReturnsFalse(string text)
    {
        Assert.False(GrpcTimeout.TryParse(text, out _));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(999)]
    [InlineData(60_000)]
    [InlineData(86_400_000)]
    public void Format_ThenParse_NeverShortensTheTimeout(int milliseconds)
    {
        var timeout = TimeSpan.FromMilliseconds(milliseconds);

        var text = GrpcTimeout.Format(timeout);

        Assert.True(text.Length <= 9, text);
        Assert.True(GrpcTimeout.TryParse(text, out var parsed));
        Assert.True(parsed >= timeout, $"{text} -> {parsed}");
        Assert.True(parsed - timeout < TimeSpan.FromSeconds(1) + TimeSpan.FromTicks(timeout.Ticks / 1000), $"{text} -> {parsed}");
    }

    [Fact]
    public void Format_ExpiredTimeout_IsSmallestPositiveValue()
    {
        Assert.Equal("1n", GrpcTimeout.Format(TimeSpan.FromSeconds(-3)));
    }
}
