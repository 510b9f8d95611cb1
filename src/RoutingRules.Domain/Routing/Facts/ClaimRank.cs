namespace RoutingRules.Domain.Routing.Facts;

/// <summary>
/// Order of the account-based owner claims (DOMAIN.md §2): the lowest rank wins. Special
/// accounts sit among levels 1-3 as the spec places them; these are structure, not thresholds.
/// </summary>
public static class ClaimRank
{
    public const int Competitor = 0;
    public const int DepartmentSpecialist = 5;
    public const int Strategic = 10;
    public const int NamedAccount = 20;
    public const int Partner = 25;
    public const int ChurnedCustomer = 27;
    public const int Customer = 30;
    public const int HighActivity = 35;
    public const int OpenOpportunity = 40;
    public const int ProspectOwner = 45;
    public const int PreviousOwner = 50;
    public const int AutoCreatedAccount = 55;
    public const int Referral = 58;
}
