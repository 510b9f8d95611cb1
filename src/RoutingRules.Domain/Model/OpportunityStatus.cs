namespace RoutingRules.Domain.Model;

public enum OpportunityStatus
{
    Open,
    ClosedWon,
    ClosedLost,
}
