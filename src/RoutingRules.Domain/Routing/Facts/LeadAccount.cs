using RoutingRules.Domain.Model;

namespace RoutingRules.Domain.Routing.Facts;

/// <summary>The one account the lead belongs to: the most reliable accepted match.</summary>
public sealed class LeadAccount(MatchedAccount match)
{
    public MatchedAccount Match { get; } = match;
    public Account Account => Match.Candidate.Account;
    public Account? Parent => Match.Candidate.Parent;

    public static LeadAccount From(MatchedAccount match) => new(match);

    /// <summary>
    /// The lead goes to the parent account's ownership (DOMAIN.md §3, "when configured"). Never
    /// for a competitor's subsidiary: its competitor flag must hold ("never a rep", §2), and the
    /// parent's owner is a rep.
    /// </summary>
    public bool RoutesToParent(Policy.AccountPolicy policy) => policy.SubsidiaryRoutesToParent && Parent is not null && !Account.Competitor;

    public override string ToString() => $"lead account {Account.Id} ({Match.Method})";
}
