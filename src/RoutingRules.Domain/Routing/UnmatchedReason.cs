namespace RoutingRules.Domain.Routing;

/// <summary>
/// Why no territory's criteria accepted a lead (DOMAIN.md §4), for the seeds' monthly review of why
/// leads go unassigned: missing data, new industries, new geographies. Worked out from the matcher's
/// own dimensions in a fixed order, geography, then industry, then size (<see cref="Logic.TerritoryCoverage"/>):
/// the first dimension on which every territory still in the running refuses the lead names the reason.
/// The numbers are stored in the decision log and sent as they are: append only.
/// </summary>
public enum UnmatchedReason
{
    /// <summary>Not known: a decision stored before reasons were kept.</summary>
    Unknown,

    /// <summary>
    /// The lead lacks the value its territories need: no country (while territories list countries),
    /// no place below its country (region, department, city, postal code) while every territory of
    /// its country lists one, or no industry (primary or secondary) while every territory of its place
    /// is a vertical.
    /// </summary>
    MissingData,

    /// <summary>A new geography: no territory lists the lead's country.</summary>
    UncoveredCountry,

    /// <summary>
    /// Territories list the lead's country, but none of them takes the place it gives below it: its
    /// region, department, city or postal code is not listed, or is not at a level they list.
    /// </summary>
    UncoveredArea,

    /// <summary>
    /// A new industry: territories take the lead's place, but each of them is a vertical that lists
    /// neither its primary nor any of its secondary industries.
    /// </summary>
    UncoveredIndustry,

    /// <summary>
    /// Territories take the lead's place and industry, but none its size: its employee count, or for
    /// an unknown size its revenue band or the policy's default segment, is outside each one's segment
    /// or employee bounds.
    /// </summary>
    UncoveredSegment,
}
