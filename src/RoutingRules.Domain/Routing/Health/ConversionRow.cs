using RoutingRules.Domain.Model;

namespace RoutingRules.Domain.Routing.Health;

/// <summary>
/// The conversion of one group of the window's decisions: a rep or territory (<see cref="Id"/>, with
/// the name the decisions recorded), a routing level, a lead source or a segment (id and name empty,
/// the group in its own property).
/// </summary>
public sealed record ConversionRow(string Id, string Name, ConversionCounts Counts)
{
    public RoutingLevel? Level { get; init; }

    /// <summary>In a source's row; <see cref="LeadSource.Unknown"/> there for leads that gave none and decisions stored before sources were kept.</summary>
    public LeadSource? Source { get; init; }

    /// <summary>In a segment's row; null there for decisions stored before segments were kept (<see cref="HasSegment"/> tells the rows apart).</summary>
    public Segment? Segment { get; init; }

    /// <summary>True in a segment's row, whose <see cref="Segment"/> may be unknown.</summary>
    public bool HasSegment { get; init; }

    /// <summary>
    /// <see cref="ConversionCounts.Rate"/> once the group holds the policy's minimum of outcomes
    /// (<see cref="Policy.HealthPolicy.MinOutcomesPerGroup"/>); null below it: too few to compare.
    /// </summary>
    public double? Rate { get; init; }
}
