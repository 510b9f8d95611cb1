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

    public override string ToString() => $"{LeadCount} recent lead(s) of {AccountId}, latest to a rep: {LatestLeadId ?? "none"} -> {LatestRepId ?? "-"}";
}
