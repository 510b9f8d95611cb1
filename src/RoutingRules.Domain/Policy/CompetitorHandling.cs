namespace RoutingRules.Domain.Policy;

public enum CompetitorHandling
{
    Queue,
    Disqualify,
}
