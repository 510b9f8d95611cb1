using System.Globalization;

namespace RoutingRules.Domain.Routing.Facts;

/// <summary>Why a candidate cannot receive the lead, with the measured value and the limit it broke.</summary>
public sealed class Exclusion(string repId, string reason, string actual, string limit)
{
    public string RepId { get; } = repId;
    public string Reason { get; } = reason;
    public string Actual { get; } = actual;
    public string Limit { get; } = limit;

    public static Exclusion Of(Candidate candidate, string reason, object? actual, object? limit) =>
        new(candidate.RepId, reason, Format(actual), Format(limit));

    private static string Format(object? value) => value switch
    {
        null => "none",
        DateTimeOffset instant => instant.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };

    public override string ToString() => $"{RepId} excluded: {Reason} ({Actual} vs {Limit})";
}
