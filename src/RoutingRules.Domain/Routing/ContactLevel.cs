namespace RoutingRules.Domain.Routing;

/// <summary>Seniority of the contact who submitted the lead.</summary>
public enum ContactLevel
{
    Unknown,
    CLevel,
    VicePresident,
    Director,
    Manager,
    IndividualContributor,
}
