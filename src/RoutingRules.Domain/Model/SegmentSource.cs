namespace RoutingRules.Domain.Model;

/// <summary>What a company's <see cref="Segment"/> was worked out from (<see cref="Policy.TerritoryPolicy.Classify"/>).</summary>
public enum SegmentSource
{
    /// <summary>Its employee count in the employee bands (the lead's own, or its matched account's when the lead gave none).</summary>
    EmployeeCount,

    /// <summary>Its annual revenue in the policy's revenue bands: the employee count is unknown.</summary>
    AnnualRevenue,

    /// <summary>Neither: the policy's default segment.</summary>
    DefaultSegment,
}
