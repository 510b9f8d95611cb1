using RoutingRules.Domain.Policy;

namespace RoutingRules.Domain.Routing.Health;

/// <summary>
/// Routing health (DOMAIN.md §4, §7) over the active decisions made in [<see cref="From"/>,
/// <see cref="To"/>]: how many leads no territory covered and why, how many reached a rep without manual
/// review, how many were routed again, how evenly territory routing spread its leads, how many
/// responses met their respond-by (DOMAIN.md §5), how many leads converted (recorded outcomes),
/// each against the policy's alert or target, and how many leads wait in each queue now.
/// </summary>
public sealed record RoutingHealth
{
    public required DateTimeOffset From { get; init; }
    public required DateTimeOffset To { get; init; }
    public required int Decisions { get; init; }

    /// <summary>Decisions flagged <see cref="RoutingFlags.NoTerritoryMatch"/>.</summary>
    public required int Unmatched { get; init; }

    public required double UnmatchedShareAlert { get; init; }

    /// <summary>Why the <see cref="Unmatched"/> decisions matched no territory: by reason, the countries no territory lists, the industries.</summary>
    public UnmatchedBreakdown UnmatchedBreakdown { get; init; } = UnmatchedBreakdown.None;
    public required IReadOnlyList<QueueStatus> Queues { get; init; }

    /// <summary>
    /// Decisions that gave the lead to a rep and did not flag its account match for manual review;
    /// a manual assignment (<see cref="RoutingFlags.ManualAssignment"/>) is review by definition and never counts.
    /// </summary>
    public int AssignedWithoutReview { get; init; }

    /// <summary>
    /// Decisions that replaced an earlier one for the same lead and changed its owner (a reroute, an
    /// SLA escalation, a manual assignment away from a rep): leads routed again. A manual assignment
    /// of a lead waiting in a queue (<see cref="RoutingFlags.TakenFromQueue"/>) is its assignment after
    /// manual review, not a reassignment.
    /// </summary>
    public int Reassigned { get; init; }

    /// <summary>Of <see cref="Reassigned"/>, the SLA escalations (<see cref="RoutingFlags.SlaEscalated"/>).</summary>
    public int Escalated { get; init; }

    /// <summary>Decisions made by hand (AssignLead, <see cref="RoutingFlags.ManualAssignment"/>), from a queue or from a rep.</summary>
    public int ManuallyAssigned { get; init; }

    /// <summary>Of <see cref="Reassigned"/>, the manual assignments that took the lead from a rep.</summary>
    public int ManuallyReassigned { get; init; }

    /// <summary>How evenly territory routing spread its leads.</summary>
    public DistributionBalance Balance { get; init; } = DistributionBalance.None;

    /// <summary>Responses that met or missed their respond-by, overall, per rep, territory and treatment.</summary>
    public SlaCompliance Sla { get; init; } = SlaCompliance.None;

    /// <summary>What became of the leads (RecordOutcome): real conversion, overall and per territory, level, source, segment and rep.</summary>
    public Conversion Conversion { get; init; } = Conversion.None;

    /// <summary>The policy's targets and alerts for the figures below.</summary>
    public HealthPolicy Targets { get; init; } = new();

    /// <summary>Time to assign since the service started (not limited to the window): from a lead's arrival to its durable decision.</summary>
    public LatencySummary TimeToAssign { get; init; } = LatencySummary.Empty;

    /// <summary>Unmatched over decisions; 0 without decisions.</summary>
    public double UnmatchedShare => Share(Unmatched);

    public bool UnmatchedAboveAlert => UnmatchedShare > UnmatchedShareAlert;

    /// <summary>Assigned without review over decisions; 0 without decisions.</summary>
    public double AssignmentSuccessRate => Share(AssignedWithoutReview);

    public bool AssignmentSuccessBelowTarget => Decisions > 0 && AssignmentSuccessRate < Targets.AssignmentSuccessTarget;

    /// <summary>Reassigned over decisions; 0 without decisions.</summary>
    public double ReassignmentRate => Share(Reassigned);

    public bool ReassignmentAboveAlert => ReassignmentRate > Targets.ReassignmentRateAlert;

    public bool FairnessAboveAlert => Balance.Gini > Targets.FairnessGiniAlert;

    /// <summary>The territories' volumes spread more than the policy allows, or the busiest has too many times the quietest's.</summary>
    public bool TerritoriesUnbalanced =>
        Balance.VolumeSpread > Targets.TerritoryVolumeSpreadAlert || Balance.VolumeRatio > Targets.TerritoryVolumeRatioAlert;

    /// <summary>The territories' expected conversion rates lie further apart than the policy allows.</summary>
    public bool ConversionSpreadAboveAlert => Balance.ConversionSpread > Targets.TerritoryConversionSpreadAlert;

    /// <summary>
    /// The territories' real conversion rates (from recorded outcomes, those with enough of them) lie
    /// further apart than the policy allows: DOMAIN.md §7's redesign trigger, measured.
    /// </summary>
    public bool ActualConversionSpreadAboveAlert => Conversion.TerritorySpread is { } spread && spread > Targets.TerritoryConversionSpreadAlert;

    /// <summary>Some responses were due and fewer of them met their respond-by than the policy's target.</summary>
    public bool SlaComplianceBelowTarget => Sla.Overall.ComplianceRate is { } rate && rate < Targets.SlaComplianceTarget;

    /// <summary>The 99th percentile of the time to assign is above the policy's target.</summary>
    public bool TimeToAssignAboveTarget => TimeToAssign.Count > 0 && TimeToAssign.P99 > Targets.TimeToAssignTarget;

    private double Share(int count) => Decisions == 0 ? 0 : (double)count / Decisions;
}
