namespace RoutingRules.Domain.Routing.Facts;

/// <summary>
/// The lead of an account sourced directly with a partner involved took its usual route, and the
/// account's partner manager is to be told of it (DOMAIN.md §2, partner-managed accounts). Named
/// whether present, absent or departed: a notification asks nothing of them, and a departed one
/// tells ops that the account needs another.
/// </summary>
public sealed class PartnerNotification(OwningAccount account, RepProfile partnerManager)
{
    public OwningAccount Account { get; } = account;
    public RepProfile PartnerManager { get; } = partnerManager;

    /// <summary>The decision's flag; its reason, which only ops read, names the partner manager.</summary>
    public static DecisionFlag Flag(OwningAccount account, RepProfile partnerManager) => new(
        RoutingFlags.PartnerNotified,
        $"{account.Account.Name} was sourced directly with a partner involved: tell partner manager {partnerManager.Rep.Name} ({partnerManager.Id})"
            + (partnerManager.Rep.Departed ? ", who has left the company" : string.Empty));

    public override string ToString() => $"tell partner manager {PartnerManager.Id} of the lead of {Account.Id}";
}
