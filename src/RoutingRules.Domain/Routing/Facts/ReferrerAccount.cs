using RoutingRules.Domain.Model;

namespace RoutingRules.Domain.Routing.Facts;

/// <summary>The account of whoever referred the lead.</summary>
public sealed class ReferrerAccount(Account account)
{
    public Account Account { get; } = account;

    public override string ToString() => $"referrer account {Account.Id}";
}
