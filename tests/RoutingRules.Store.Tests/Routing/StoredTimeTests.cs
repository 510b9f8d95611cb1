using System.Globalization;
using System.Text;
using RoutingRules.Store.Routing;

namespace RoutingRules.Store.Tests.Routing;

/// <summary>The digit-by-digit writers (string and UTF-8) must produce exactly what the format strings (which the readers parse) produce.</summary>
public sealed class StoredTimeTests
{
    public static TheoryData<long> EdgeTicks()
    {
        var data = new TheoryData<long>();
        DateTime[] instants =
        [
            DateTime.MinValue, DateTime.MaxValue, new(1, 1, 1, 0, 0, 1), new(999, 12, 31, 23, 59, 59),
            new(1999, 12, 31, 23, 59, 59), new(2000, 1, 1), new(2000, 2, 29, 12, 0, 0), new(2024, 2, 29, 23, 59, 59),
            new(2025, 12, 31, 23, 59, 59), new(2026, 1, 1), new(2100, 2, 28), new(2100, 3, 1), new(9999, 12, 31),
        ];
        foreach (var instant in instants)
        {
            var second = instant.Ticks - (instant.Ticks % TimeSpan.TicksPerSecond);
            data.Add(second);
            data.Add(Math.Min(second + 9_999_999, DateTime.MaxValue.Ticks));
            data.Add(Math.Min(second + 1_000_000, DateTime.MaxValue.Ticks));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EdgeTicks))]
    public void Instant_EdgeValues_EqualsFormatString(long ticks)
    {
        var value = new DateTimeOffset(ticks, TimeSpan.Zero);

        Assert.Equal(Formatted(value), StoredTime.Instant(value));
        Assert.Equal(Formatted(value), Utf8Instant(value));
    }

    [Fact]
    public void Instant_RandomTicksAndOffsets_EqualsFormatString()
    {
        var random = new Random(20261123);
        for (var i = 0; i < 100_000; i++)
        {
            var offset = TimeSpan.FromMinutes(random.Next(-14 * 60, 14 * 60 + 1));
            var utc = random.NextInt64(Math.Max(0, -offset.Ticks), DateTime.MaxValue.Ticks - Math.Max(0, offset.Ticks));
            var value = new DateTimeOffset(utc + offset.Ticks, offset);

            Assert.Equal(Formatted(value), StoredTime.Instant(value));
            Assert.Equal(Formatted(value), Utf8Instant(value));
        }
    }

    [Fact]
    public void Instant_ThenParseInstant_RoundTrips()
    {
        var value = new DateTimeOffset(2024, 2, 29, 23, 59, 59, TimeSpan.FromHours(-5)).AddTicks(1_234_567);

        Assert.Equal(value, StoredTime.ParseInstant(StoredTime.Instant(value)));
    }

    [Fact]
    public void Day_EveryDayOfTheCalendar_EqualsFormatString()
    {
        for (var day = DateOnly.MinValue; ; day = day.AddDays(1))
        {
            var formatted = day.ToString(StoredTime.DayFormat, CultureInfo.InvariantCulture);
            Assert.Equal(formatted, StoredTime.Day(day));
            Assert.Equal(formatted, Utf8Day(day));
            if (day == DateOnly.MaxValue)
            {
                break;
            }
        }
    }

    private static string Utf8Instant(DateTimeOffset value)
    {
        var utf8 = new byte[StoredTime.InstantLength + 1];
        StoredTime.Instant(value, utf8);
        Assert.Equal(0, utf8[^1]);
        return Encoding.UTF8.GetString(utf8.AsSpan(0, StoredTime.InstantLength));
    }

    private static string Utf8Day(DateOnly day)
    {
        Span<byte> utf8 = stackalloc byte[StoredTime.DayLength];
        StoredTime.Day(day, utf8);
        return Encoding.UTF8.GetString(utf8);
    }

    private static string Formatted(DateTimeOffset value) => value.UtcDateTime.ToString(StoredTime.InstantFormat, CultureInfo.InvariantCulture);
}
