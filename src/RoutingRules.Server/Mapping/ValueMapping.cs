using System.Globalization;
using Google.Protobuf.WellKnownTypes;

namespace RoutingRules.Server.Mapping;

/// <summary>Scalar conversions that can fail on wire values: money, dates, durations, instants.</summary>
internal static class ValueMapping
{
    private const string DateFormat = "yyyy-MM-dd";

    public static decimal? ToDecimal(double? value, FieldErrors errors, string field)
    {
        if (value is not { } v)
        {
            return null;
        }

        if (IsAmount(v))
        {
            return (decimal)v;
        }

        errors.Add(field, "is not a representable amount");
        return null;
    }

    /// <summary>Whether a wire double converts to a decimal amount: finite and well within decimal's range (a larger one throws).</summary>
    public static bool IsAmount(double value) => double.IsFinite(value) && Math.Abs(value) < 7.9e27;

    public static double? ToDouble(decimal? value) => value is { } v ? (double)v : null;

    public static DateOnly? ToDate(string? value, FieldErrors errors, string field)
    {
        if (value is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add(field, $"'{value}' is not a date (yyyy-MM-dd)");
        return null;
    }

    public static string? FromDate(DateOnly? value) => value is { } date ? FromDate(date) : null;

    public static string FromDate(DateOnly value) => value.ToString(DateFormat, CultureInfo.InvariantCulture);

    public static DateTimeOffset? ToInstant(Timestamp? value, FieldErrors errors, string field)
    {
        if (value is null)
        {
            return null;
        }

        try
        {
            return value.ToDateTimeOffset();
        }
        catch (InvalidOperationException)
        {
            errors.Add(field, "is not a valid timestamp");
            return null;
        }
    }

    /// <summary>
    /// An instant the client reports as past (a rep's last assignment): as <see cref="ToInstant"/>,
    /// and refused when implausible against <see cref="FieldErrors.Now"/>, when there is one.
    /// </summary>
    public static DateTimeOffset? PastInstant(Timestamp? value, FieldErrors errors, string field)
    {
        var instant = ToInstant(value, errors, field);
        if (instant is { } at && errors.Now is { } now && PlausibleInstant.Refusal(at, now) is { } refusal)
        {
            errors.Add(field, refusal);
            return null;
        }

        return instant;
    }

    public static DateTimeOffset RequiredInstant(Timestamp? value, FieldErrors errors, string field)
    {
        if (value is null)
        {
            errors.Add(field, "is required");
            return default;
        }

        return ToInstant(value, errors, field) ?? default;
    }

    public static Timestamp? FromInstant(DateTimeOffset? value) => value is { } v ? Timestamp.FromDateTimeOffset(v) : null;

    public static TimeSpan ToTimeSpan(Duration? value, TimeSpan fallback, FieldErrors errors, string field)
    {
        if (value is null)
        {
            return fallback;
        }

        try
        {
            return value.ToTimeSpan();
        }
        catch (InvalidOperationException)
        {
            errors.Add(field, "is not a valid duration");
            return fallback;
        }
    }

    public static Duration FromTimeSpan(TimeSpan value) => Duration.FromTimeSpan(value);

    public static string? Text(bool has, string value) => has ? value : null;
}
