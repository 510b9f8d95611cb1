using RoutingRules.Domain.Model;

namespace RoutingRules.Domain.Routing.Facts;

/// <summary>The one account the lead belongs to: the most reliable accepted match.</summary>
public sealed class LeadAccount(MatchedAccount match)
{
    public MatchedAccount Match { get; } = match;
    public Account Account => Match.Candidate.Account;
    public Account? Parent => Match.Candidate.Parent;

    public static LeadAccount From(MatchedAccount match) => new(match);

    public override string ToString() => $"lead account {Account.Id} ({Match.Method})";
}
