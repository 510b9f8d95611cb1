namespace RoutingRules.Domain.Model;

public enum DistributionStrategy
{
    Single,
    RoundRobin,
    Weighted,
    LoadBalanced,
    RepScore,
}
