namespace RoutingRules.Domain.Model;

public enum LeadOutcome
{
    Open,
    Converted,
    ClosedLost,
    Disqualified,
    Nurture,
}
