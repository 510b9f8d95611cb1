using System.Globalization;
using System.Numerics;

namespace RoutingRules.Store.Routing;

/// <summary>
/// Fixed-width UTC text for instants and days, so SQL text comparison orders them in time. The
/// commit thread writes two per decision, so they are written digit by digit, as UTF-8 straight
/// into the caller's buffer or as a string; the parse formats below define the text and the
/// tests hold the writers to them.
/// </summary>
internal static class StoredTime
{
    public const int InstantLength = 28;
    public const int DayLength = 10;
    internal const string InstantFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";
    internal const string DayFormat = "yyyy-MM-dd";

    public static string Instant(DateTimeOffset value) =>
        string.Create(InstantLength, value.UtcTicks, static (text, ticks) => WriteInstant(text, ticks));

    /// <summary>Writes the instant's text as UTF-8 into the first <see cref="InstantLength"/> bytes of <paramref name="utf8"/>.</summary>
    public static void Instant(DateTimeOffset value, Span<byte> utf8) => WriteInstant(utf8, value.UtcTicks);

    public static DateTimeOffset ParseInstant(string text) =>
        new(DateTime.ParseExact(text, InstantFormat, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal), TimeSpan.Zero);

    public static string Day(DateOnly day) => string.Create(DayLength, day, static (text, d) => WriteDay(text, d));

    /// <summary>Writes the day's text as UTF-8 into the first <see cref="DayLength"/> bytes of <paramref name="utf8"/>.</summary>
    public static void Day(DateOnly day, Span<byte> utf8) => WriteDay(utf8, day);

    public static DateOnly ParseDay(string text) => DateOnly.ParseExact(text, DayFormat, CultureInfo.InvariantCulture);

    private static void WriteInstant<T>(Span<T> text, long utcTicks)
        where T : IBinaryInteger<T>
    {
        var time = new DateTime(utcTicks, DateTimeKind.Utc);
        WriteDay(text, DateOnly.FromDateTime(time));
        text[10] = T.CreateTruncating('T');
        var secondOfDay = time.TimeOfDay.Ticks / TimeSpan.TicksPerSecond;
        Digits(text.Slice(11, 2), secondOfDay / 3600);
        text[13] = T.CreateTruncating(':');
        Digits(text.Slice(14, 2), secondOfDay / 60 % 60);
        text[16] = T.CreateTruncating(':');
        Digits(text.Slice(17, 2), secondOfDay % 60);
        text[19] = T.CreateTruncating('.');
        Digits(text.Slice(20, 7), utcTicks % TimeSpan.TicksPerSecond);
        text[27] = T.CreateTruncating('Z');
    }

    private static void WriteDay<T>(Span<T> text, DateOnly day)
        where T : IBinaryInteger<T>
    {
        var (year, month, dayOfMonth) = day;
        Digits(text[..4], year);
        text[4] = T.CreateTruncating('-');
        Digits(text.Slice(5, 2), month);
        text[7] = T.CreateTruncating('-');
        Digits(text.Slice(8, 2), dayOfMonth);
    }

    /// <summary>Writes <paramref name="value"/> zero-padded to the span's width.</summary>
    private static void Digits<T>(Span<T> text, long value)
        where T : IBinaryInteger<T>
    {
        for (var i = text.Length - 1; i >= 0; i--)
        {
            text[i] = T.CreateTruncating('0' + (value % 10));
            value /= 10;
        }
    }
}
