namespace RoutingRules.Domain.Routing.Health;

/// <summary>
/// Routing health (DOMAIN.md §4, §7) over the active decisions made in [<see cref="From"/>,
/// <see cref="To"/>]: how many leads no territory covered, against the policy's alert share, and
/// how many leads wait in each queue now, and how many were reassigned (DOMAIN.md §7, the
/// reassignment rate).
/// </summary>
public sealed record RoutingHealth
{
    public required DateTimeOffset From { get; init; }
    public required DateTimeOffset To { get; init; }
    public required int Decisions { get; init; }

    /// <summary>Decisions flagged <see cref="RoutingFlags.NoTerritoryMatch"/>.</summary>
    public required int Unmatched { get; init; }

    public required double UnmatchedShareAlert { get; init; }
    public required IReadOnlyList<QueueStatus> Queues { get; init; }

    /// <summary>Unmatched over decisions; 0 without decisions.</summary>
    public double UnmatchedShare => Decisions == 0 ? 0 : (double)Unmatched / Decisions;

    public bool UnmatchedAboveAlert => UnmatchedShare > UnmatchedShareAlert;

    /// <summary>Decisions that replaced an earlier decision of their lead: reroutes and SLA escalations.</summary>
    public int Reassigned { get; init; }

    /// <summary>Of <see cref="Reassigned"/>, the SLA escalations (<see cref="RoutingFlags.SlaEscalated"/>).</summary>
    public int Escalated { get; init; }

    public double ReassignedShareAlert { get; init; }

    /// <summary>Reassigned over decisions; 0 without decisions.</summary>
    public double ReassignedShare => Decisions == 0 ? 0 : (double)Reassigned / Decisions;

    public bool ReassignedAboveAlert => ReassignedShare > ReassignedShareAlert;
}
