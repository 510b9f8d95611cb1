using RoutingRules.Domain.Model;

namespace RoutingRules.Domain.Routing.Facts;

/// <summary>
/// The lead's IP address lies in one of an account's office networks (<see cref="Account.IpRanges"/>).
/// A supplementary signal (DOMAIN.md §3): it may corroborate a weak name match of the same account,
/// and otherwise only tells the account's owner; it never attributes the lead by itself.
/// </summary>
public sealed class IpAccountSignal(Account account, string range)
{
    public Account Account { get; } = account;

    /// <summary>The account's range that contains the address (the lead's address itself is not kept: it is personal data).</summary>
    public string Range { get; } = range;

    /// <summary>True when <paramref name="match"/> attributes the lead to this account or to a subsidiary of it.</summary>
    public bool IsAccountOf(MatchedAccount match) =>
        match.Candidate.Account.Id == Account.Id || (match.Candidate.Parent is { } parent && parent.Id == Account.Id);

    /// <summary>The flag's reason, for ops: which account's network, never the address.</summary>
    public string FlagReason => $"the IP address is in the office network {Range} of {Account.Name} ({Account.Id})";

    public override string ToString() => $"IP in {Account.Id} network {Range}";
}
