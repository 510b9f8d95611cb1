namespace RoutingRules.Domain.Policy;

/// <summary>How a lead matching several territories picks one.</summary>
public enum OverlapResolution
{
    DimensionPriority,
    MatchScore,
}
