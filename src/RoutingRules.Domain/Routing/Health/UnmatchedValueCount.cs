namespace RoutingRules.Domain.Routing.Health;

/// <summary>
/// The window's unmatched decisions in force that share a country or an industry: <see cref="Value"/>
/// as the first of them spelt it (values compare ignoring case), how many, and of those how many
/// were unmatched for want of a territory covering that value (<see cref="UnmatchedReason.UncoveredCountry"/>
/// for a country, <see cref="UnmatchedReason.UncoveredIndustry"/> for an industry).
/// </summary>
public readonly record struct UnmatchedValueCount(string Value, int Unmatched, int Uncovered);
