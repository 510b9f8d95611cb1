using System.Globalization;

namespace RoutingRules.Store.Routing;

/// <summary>
/// Fixed-width UTC text for instants and days, so SQL text comparison orders them in time. The
/// commit thread formats two per decision, so they are written digit by digit; the parse formats
/// below define the text and the tests hold the writers to them.
/// </summary>
internal static class StoredTime
{
    internal const string InstantFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";
    internal const string DayFormat = "yyyy-MM-dd";
    private const int InstantLength = 28;
    private const int DayLength = 10;

    public static string Instant(DateTimeOffset value) => string.Create(InstantLength, value.UtcTicks, static (text, ticks) =>
    {
        var time = new DateTime(ticks, DateTimeKind.Utc);
        WriteDate(text, DateOnly.FromDateTime(time));
        text[10] = 'T';
        var secondOfDay = time.TimeOfDay.Ticks / TimeSpan.TicksPerSecond;
        Digits(text.Slice(11, 2), (int)(secondOfDay / 3600));
        text[13] = ':';
        Digits(text.Slice(14, 2), (int)(secondOfDay / 60 % 60));
        text[16] = ':';
        Digits(text.Slice(17, 2), (int)(secondOfDay % 60));
        text[19] = '.';
        Digits(text.Slice(20, 7), (int)(ticks % TimeSpan.TicksPerSecond));
        text[27] = 'Z';
    });

    public static DateTimeOffset ParseInstant(string text) =>
        new(DateTime.ParseExact(text, InstantFormat, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal), TimeSpan.Zero);

    public static string Day(DateOnly day) => string.Create(DayLength, day, static (text, d) => WriteDate(text, d));

    public static DateOnly ParseDay(string text) => DateOnly.ParseExact(text, DayFormat, CultureInfo.InvariantCulture);

    private static void WriteDate(Span<char> text, DateOnly date)
    {
        var (year, month, day) = date;
        Digits(text[..4], year);
        text[4] = '-';
        Digits(text.Slice(5, 2), month);
        text[7] = '-';
        Digits(text.Slice(8, 2), day);
    }

    /// <summary>Writes <paramref name="value"/> zero-padded to the span's width.</summary>
    private static void Digits(Span<char> text, int value)
    {
        for (var i = text.Length - 1; i >= 0; i--)
        {
            text[i] = (char)('0' + (value % 10));
            value /= 10;
        }
    }
}
