namespace RoutingRules.Domain.Routing.Health;

/// <summary>
/// Why the window's leads matched no territory (<see cref="UnmatchedTally"/> says what counts): the
/// unmatched decisions by reason, the new geographies (the countries no territory lists) and the
/// industries of the unmatched leads, each list most first.
/// </summary>
public sealed record UnmatchedBreakdown
{
    /// <summary>How many rows each list of values holds at most: the first are what a territory review starts with.</summary>
    public const int MaxRows = 10;

    public static readonly UnmatchedBreakdown None = new();

    /// <summary>Every reason given by at least one decision, most first, then in the reasons' order; the counts sum to the unmatched decisions.</summary>
    public IReadOnlyList<UnmatchedReasonCount> ByReason { get; init; } = [];

    /// <summary>
    /// The countries of the decisions unmatched as <see cref="UnmatchedReason.UncoveredCountry"/> (the
    /// countries no territory lists), at most <see cref="MaxRows"/>, most first, then by code.
    /// </summary>
    public IReadOnlyList<UnmatchedValueCount> UncoveredCountries { get; init; } = [];

    /// <summary>How many countries <see cref="UncoveredCountries"/> would list without its limit.</summary>
    public int UncoveredCountryCount { get; init; }

    /// <summary>
    /// The industries of the unmatched decisions that kept one, whatever their reason, at most
    /// <see cref="MaxRows"/>, most first, then by name; <see cref="UnmatchedValueCount.Uncovered"/>
    /// counts those unmatched as <see cref="UnmatchedReason.UncoveredIndustry"/>.
    /// </summary>
    public IReadOnlyList<UnmatchedValueCount> Industries { get; init; } = [];

    /// <summary>How many industries <see cref="Industries"/> would list without its limit.</summary>
    public int IndustryCount { get; init; }
}
