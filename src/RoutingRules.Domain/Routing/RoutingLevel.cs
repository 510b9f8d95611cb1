namespace RoutingRules.Domain.Routing;

/// <summary>Which level of the priority chain (DOMAIN.md §2) decided the owner.</summary>
public enum RoutingLevel
{
    Strategic,
    NamedAccount,
    CustomerOwner,
    AccountManager,
    OpenOpportunity,
    PreviousOwner,
    ChurnWinBack,
    Partner,
    Competitor,
    Territory,
    Backup,
    DefaultPool,
    Escalation,
}
