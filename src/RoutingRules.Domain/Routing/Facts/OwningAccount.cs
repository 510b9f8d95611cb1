using RoutingRules.Domain.Model;

namespace RoutingRules.Domain.Routing.Facts;

/// <summary>
/// The account whose ownership routes the lead: the lead's account, or its parent when the
/// policy routes subsidiaries to the parent's owner.
/// </summary>
public sealed class OwningAccount(Account account, Account? subsidiary)
{
    public Account Account { get; } = account;

    /// <summary>The subsidiary the lead came from when <see cref="Account"/> is its parent.</summary>
    public Account? Subsidiary { get; } = subsidiary;

    public string Id => Account.Id;
    public bool IsCustomer => Account.Status == AccountStatus.Customer;
    public bool IsChurned => Account.Status == AccountStatus.Churned;

    /// <summary>Enterprise by the account's size, or the lead's when the account has none.</summary>
    public bool IsEnterprise(Policy.AccountPolicy policy, Routing.Lead lead) =>
        (Account.EmployeeCount ?? lead.EmployeeCount) >= policy.EnterpriseEmployeeThreshold;

    /// <summary>
    /// Has a partner manager and was sourced by the partner (the default sourcing): the partner
    /// agreement gives every lead to the partner manager.
    /// </summary>
    public bool IsPartnerSourced => Account.PartnerManagerId != null && Account.PartnerSourcing != PartnerSourcing.Direct;

    /// <summary>
    /// Has a partner manager but was sourced directly, with the partner involved: its leads take
    /// their usual route and the partner manager is told. Not a competitor's: its leads go to no
    /// rep, so there is nothing for a partner to follow (as a partner-sourced competitor's claim
    /// never wins either).
    /// </summary>
    public bool IsDirectWithPartner => Account.PartnerManagerId != null && Account.PartnerSourcing == PartnerSourcing.Direct && !Account.Competitor;

    /// <summary>The rep who owns the account day to day (sales owner, else strategic or named owner).</summary>
    public string? MainOwnerId => Account.OwnerId ?? Account.StrategicOwnerId ?? Account.NamedAccountOwnerId;

    public static OwningAccount Direct(LeadAccount lead) => new(lead.Account, null);

    public static OwningAccount ParentOf(LeadAccount lead) => new(lead.Parent!, lead.Account);

    /// <summary>
    /// A session holds two owning accounts only when a subsidiary's parent gave no owner and the
    /// subsidiary's own account was added after it (rule Matching.SubsidiaryOwnAccount): the
    /// subsidiary's is then the one whose ownership counted.
    /// </summary>
    public static bool Supersedes(OwningAccount candidate, OwningAccount current) => candidate.Subsidiary is null && current.Subsidiary is not null;

    /// <summary>
    /// Churned less than <paramref name="months"/> ago: the day <paramref name="now"/> falls on is
    /// before the churn date plus that many months. Calendar dates, not whole months counted: a
    /// count rounded down would call 12 months and 30 days "12 months".
    /// </summary>
    public bool ChurnedWithin(DateTimeOffset now, int months) =>
        Account.ChurnedOn is { } churned && DateOnly.FromDateTime(now.Date) < WindowEnd(churned, months);

    /// <summary>Churned more than <paramref name="months"/> ago: the day of <paramref name="now"/> is after the churn date plus that many months.</summary>
    public bool ChurnedMoreThan(DateTimeOffset now, int months) =>
        Account.ChurnedOn is { } churned && DateOnly.FromDateTime(now.Date) > WindowEnd(churned, months);

    // The policy accepts any number of months; a window ending past the calendar's last day never ends.
    private static DateOnly WindowEnd(DateOnly churned, int months) =>
        months >= (DateOnly.MaxValue.Year - churned.Year) * 12 ? DateOnly.MaxValue : churned.AddMonths(months);

    /// <summary>Whole months from the churn date to <paramref name="now"/>, for wording only; null when not churned.</summary>
    public int? MonthsSinceChurn(DateTimeOffset now)
    {
        if (Account.ChurnedOn is not { } churned)
        {
            return null;
        }

        var today = DateOnly.FromDateTime(now.Date);
        var months = ((today.Year - churned.Year) * 12) + today.Month - churned.Month;
        return today.Day < churned.Day ? months - 1 : months;
    }

    public override string ToString() => Subsidiary is null ? $"account {Id}" : $"account {Id} (parent of {Subsidiary.Id})";
}
