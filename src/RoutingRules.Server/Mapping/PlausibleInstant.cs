using System.Globalization;

namespace RoutingRules.Server.Mapping;

/// <summary>
/// The window an instant a client reports as past must fall in: from 2000-01-01T00:00:00Z to one
/// day ahead of the server's clock. Earlier is not a date anyone meant but an unset one sent as a
/// value (C#'s <c>default(DateTime)</c> is year 1, a zero Timestamp 1970), which read as real makes
/// a lead decades overdue. More than a day ahead is not clock skew but a wrong date; smaller skew
/// is tolerated where the instant is used (an SLA never starts later than routing).
/// </summary>
internal static class PlausibleInstant
{
    public static readonly DateTimeOffset Earliest = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static readonly TimeSpan MostAhead = TimeSpan.FromDays(1);

    /// <summary>Why <paramref name="value"/> is refused at <paramref name="now"/> (the server's clock), or null when it is plausible.</summary>
    public static string? Refusal(DateTimeOffset value, DateTimeOffset now)
    {
        if (value < Earliest)
        {
            return $"{Format(value)} is before {Format(Earliest)}: an unset date sent as a value?";
        }

        return value > now + MostAhead
            ? $"{Format(value)} is more than 1 day ahead of the server's clock ({Format(now)})"
            : null;
    }

    private static string Format(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
