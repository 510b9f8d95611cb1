namespace RoutingRules.Domain.Policy;

public enum RoutingDimension
{
    Vertical,
    Geography,
    Segment,
}
