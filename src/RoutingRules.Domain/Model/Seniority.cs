namespace RoutingRules.Domain.Model;

public enum Seniority
{
    Junior,
    Mid,
    Senior,
    Director,
}
