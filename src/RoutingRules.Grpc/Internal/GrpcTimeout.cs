namespace RoutingRules.Grpc;

/// <summary>Parses and formats the <c>grpc-timeout</c> header: 1-8 ASCII digits and a unit (H M S m u n).</summary>
internal static class GrpcTimeout
{
    private const long MaxValue = 99_999_999;

    internal static bool TryParse(ReadOnlySpan<char> text, out TimeSpan timeout)
    {
        timeout = default;
        if (text.Length < 2 || text.Length > 9)
        {
            return false;
        }

        long value = 0;
        var digits = text[..^1];
        foreach (var c in digits)
        {
            if (c < '0' || c > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        long ticks;
        switch (text[^1])
        {
            case 'H': ticks = value * TimeSpan.TicksPerHour; break;
            case 'M': ticks = value * TimeSpan.TicksPerMinute; break;
            case 'S': ticks = value * TimeSpan.TicksPerSecond; break;
            case 'm': ticks = value * TimeSpan.TicksPerMillisecond; break;
            case 'u': ticks = value * 10; break;
            case 'n': ticks = value / 100; break;
            default: return false;
        }

        timeout = TimeSpan.FromTicks(ticks);
        return true;
    }

    /// <summary>Formats with the finest unit whose value fits in 8 digits, rounding up so a deadline is never shortened.</summary>
    internal static string Format(TimeSpan timeout)
    {
        if (timeout <= TimeSpan.Zero)
        {
            return "1n";
        }

        var ticks = timeout.Ticks;
        if (ticks <= MaxValue / 100)
        {
            return (ticks * 100).ToString(System.Globalization.CultureInfo.InvariantCulture) + "n";
        }

        (long Ticks, char Unit)[] units =
        [
            (10, 'u'), (TimeSpan.TicksPerMillisecond, 'm'), (TimeSpan.TicksPerSecond, 'S'),
            (TimeSpan.TicksPerMinute, 'M'), (TimeSpan.TicksPerHour, 'H'),
        ];
        foreach (var (unitTicks, unit) in units)
        {
            var value = (ticks + unitTicks - 1) / unitTicks;
            if (value <= MaxValue)
            {
                return value.ToString(System.Globalization.CultureInfo.InvariantCulture) + unit;
            }
        }

        return MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture) + "H";
    }
}
