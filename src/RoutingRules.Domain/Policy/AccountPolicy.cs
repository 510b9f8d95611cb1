namespace RoutingRules.Domain.Policy;

/// <summary>Thresholds of the account-based levels (DOMAIN.md §2).</summary>
public sealed record AccountPolicy
{
    /// <summary>Customers above this contract value (EUR) go to the account manager, others to the sales owner.</summary>
    public decimal AmHandOffContractValue { get; init; } = 50_000m;

    /// <summary>Churned less than this many months ago (before the churn date plus this many months): former owner (win-back).</summary>
    public int ChurnWinBackMonths { get; init; } = 6;

    /// <summary>Churned more than this many months ago (after the churn date plus this many months): treated as a new account.</summary>
    public int ChurnTreatAsNewMonths { get; init; } = 12;

    public int HighActivityLeadCount { get; init; } = 3;
    public TimeSpan HighActivityWindow { get; init; } = TimeSpan.FromHours(2);
    public int EnterpriseEmployeeThreshold { get; init; } = 1000;
    public bool SubsidiaryRoutesToParent { get; init; } = true;

    /// <summary>Leads sharing an unknown corporate domain before an account is created for it.</summary>
    public int AutoCreateAccountLeadCount { get; init; } = 3;

    public CompetitorHandling CompetitorHandling { get; init; } = CompetitorHandling.Queue;

    /// <summary>
    /// Whether a prospect account's owner takes its leads (level <see cref="Routing.RoutingLevel.AccountOwner"/>,
    /// after an open opportunity and before an earlier closed-lost lead's owner): account-based
    /// routing as the seed articles describe it, a known company's new contacts going to the rep who
    /// works it. Off by default, DOMAIN.md §2's chain: only customers and named accounts route to an
    /// owner, other prospects by territory.
    /// </summary>
    public bool ProspectOwnerRoutes { get; init; }
}
