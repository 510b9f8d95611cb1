namespace RoutingRules.Domain.Routing;

/// <summary>
/// An account's earlier leads within the high-activity window, counted as they are read (the
/// reference data's previous leads, then routing's own decisions in order): how many, and the
/// latest one a rep received, the later one on a tie. Counting in place, instead of listing the
/// leads, keeps a route's work the same however busy the account.
/// </summary>
public struct RecentLeadTally
{
    public int Count { get; private set; }
    public string? LatestLeadId { get; private set; }
    public string? LatestRepId { get; private set; }
    public DateTimeOffset? LatestAt { get; private set; }

    public void Add(string leadId, string? repId, DateTimeOffset at)
    {
        Count++;
        if (repId is not null && (LatestAt is null || at >= LatestAt))
        {
            (LatestLeadId, LatestRepId, LatestAt) = (leadId, repId, at);
        }
    }

    /// <summary>Adds the assignments of <paramref name="recent"/> made at or after <paramref name="since"/>, in their order.</summary>
    public void AddSince(List<RecentAssignment>? recent, DateTimeOffset since)
    {
        if (recent is null)
        {
            return;
        }

        foreach (var assignment in recent)
        {
            if (assignment.DecidedAt >= since)
            {
                Add(assignment.LeadId, assignment.RepId, assignment.DecidedAt);
            }
        }
    }
}
