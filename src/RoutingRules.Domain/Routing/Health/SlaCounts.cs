namespace RoutingRules.Domain.Routing.Health;

/// <summary>
/// Responses to leads held against their respond-by (DOMAIN.md §5's response targets): met (the
/// assignee acknowledged the lead by then), missed (acknowledged later, or not acknowledged once it
/// passed), pending (not acknowledged, not yet due).
/// </summary>
public readonly record struct SlaCounts(int Met, int Missed, int Pending)
{
    /// <summary>
    /// Met over met and missed (pending responses are not decided yet); null when none is decided,
    /// since 0 would read as every response missed.
    /// </summary>
    public double? ComplianceRate => Met + Missed == 0 ? null : (double)Met / (Met + Missed);
}
