using RoutingRules.Domain.Model;
using RoutingRules.Domain.Snapshot;

namespace RoutingRules.Domain.Routing.Facts;

/// <summary>
/// An account the snapshot lookups found for the lead, before any rule accepted it.
/// <see cref="Order"/> ranks the lookups by reliability (e-mail domain, website domain, name, alias,
/// fuzzy), then in the order the lookups gave them.
/// </summary>
public sealed class AccountCandidate(Account account, Account? parent, AccountMatchKind kind, double score, int order)
{
    public Account Account { get; } = account;

    /// <summary>The parent account when the candidate is a subsidiary.</summary>
    public Account? Parent { get; } = parent;

    public AccountMatchKind Kind { get; } = kind;
    public double Score { get; } = score;
    public int Order { get; } = order;

    public override string ToString() => $"{Kind} candidate {Account.Id} ({Score:0.00})";
}
