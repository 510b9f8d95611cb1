namespace RoutingRules.Domain.Routing;

public enum LeadPriority
{
    Normal,
    Hot,
}
