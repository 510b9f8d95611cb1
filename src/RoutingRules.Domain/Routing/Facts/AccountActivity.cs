namespace RoutingRules.Domain.Routing.Facts;

/// <summary>
/// The leads of one account within the policy's high-activity window before this one (the
/// reference data's previous leads and routing's own recent decisions), summed up: how many, and
/// the latest one a rep received. One fact per account however busy it is: with one fact per
/// earlier lead, a burst of leads (a trade-show list, a webinar's attendees) made each route cost
/// more than the last (13.8 ms per route after 1,000 leads of one account; docs/PERFORMANCE.md).
/// </summary>
public sealed class AccountActivity(string accountId, int leadCount, string? latestLeadId, string? latestRepId, DateTimeOffset? latestAt)
{
    public string AccountId { get; } = accountId;

    /// <summary>Earlier leads of the account within the window, whoever received them (a queue too).</summary>
    public int LeadCount { get; } = leadCount;

    /// <summary>The most recent of those leads a rep received (null when a queue received them all).</summary>
    public string? LatestLeadId { get; } = latestLeadId;

    /// <summary>The rep who received <see cref="LatestLeadId"/>.</summary>
    public string? LatestRepId { get; } = latestRepId;

    public DateTimeOffset? LatestAt { get; } = latestAt;

    /// <summary>This lead and the earlier ones reach the policy's high-activity count (DOMAIN.md §2: 3 within 2 hours).</summary>
    public bool IsBurst(Policy.AccountPolicy policy) => LeadCount + 1 >= policy.HighActivityLeadCount;

    /// <summary>"3 leads of Hooli France within 2 hours": the burst as the claim and the flag word it.</summary>
    public string InWords(string accountName, TimeSpan window) => $"{LeadCount + 1} leads of {accountName} within {Words(window)}";

    // "2 hours", "90 minutes": the reason is read by people, not as a TimeSpan's "02:00:00".
    private static string Words(TimeSpan window) =>
        window.TotalHours >= 1 && window.TotalHours == Math.Floor(window.TotalHours)
            ? $"{window.TotalHours:0} hour{(window.TotalHours == 1 ? string.Empty : "s")}"
            : $"{Math.Ceiling(window.TotalMinutes):0} minutes";

    public override string ToString() => $"{LeadCount} recent lead(s) of {AccountId}, latest to a rep: {LatestLeadId ?? "none"} -> {LatestRepId ?? "-"}";
}
