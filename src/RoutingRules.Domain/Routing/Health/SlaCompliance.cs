namespace RoutingRules.Domain.Routing.Health;

/// <summary>
/// Whether responses met their respond-by over the health window (<see cref="SlaComplianceTally"/>
/// says what counts), overall and per rep, territory and treatment, each list worst first: lowest
/// compliance rate first, rows with nothing decided yet last, then the most missed.
/// </summary>
public sealed record SlaCompliance
{
    public static readonly SlaCompliance None = new();

    public SlaCounts Overall { get; init; }

    /// <summary>How many acknowledged assignments the times to acknowledge are over (met and late).</summary>
    public int Acknowledged { get; init; }

    /// <summary>Median time from an assignment to its acknowledgement (nearest rank); zero without any.</summary>
    public TimeSpan AcknowledgeMedian { get; init; }

    /// <summary>90th percentile of the same (nearest rank); zero without any.</summary>
    public TimeSpan AcknowledgeP90 { get; init; }

    public IReadOnlyList<SlaComplianceRow> ByRep { get; init; } = [];

    /// <summary>Decisions without a territory (an account owner's lead, a lead no territory matched) are in no row.</summary>
    public IReadOnlyList<SlaComplianceRow> ByTerritory { get; init; } = [];

    /// <summary>
    /// By the decision's treatment: the SLA's lead type is in the decision's trace, which the live
    /// state does not keep, while the treatment is on the decision and escalations carry it over.
    /// </summary>
    public IReadOnlyList<SlaComplianceRow> ByTreatment { get; init; } = [];
}
