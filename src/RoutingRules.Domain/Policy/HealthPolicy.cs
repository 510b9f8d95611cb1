namespace RoutingRules.Domain.Policy;

/// <summary>The targets and alerts routing health measures against (DOMAIN.md §7).</summary>
public sealed record HealthPolicy
{
    /// <summary>Share of leads that should reach a rep without manual review (the assignment success rate).</summary>
    public double AssignmentSuccessTarget { get; init; } = 0.95;

    /// <summary>Share of leads routed again (rerouted or escalated) above which routing needs a look.</summary>
    public double ReassignmentRateAlert { get; init; } = 0.05;

    /// <summary>Gini coefficient of territory leads per member rep above which the distribution is unfair.</summary>
    public double FairnessGiniAlert { get; init; } = 0.30;

    /// <summary>Standard deviation of the territories' lead volumes, as a share of their mean, above which they are unbalanced.</summary>
    public double TerritoryVolumeSpreadAlert { get; init; } = 0.30;

    /// <summary>Busiest territory's volume over the quietest's above which the territory design needs a review.</summary>
    public double TerritoryVolumeRatioAlert { get; init; } = 2.0;

    /// <summary>Highest territory conversion rate less the lowest (0.20: 20 points) above which the territory design needs a review.</summary>
    public double TerritoryConversionSpreadAlert { get; init; } = 0.20;

    /// <summary>A rule that fires in fewer than this share of the leads is listed for review (one that never fires is dead).</summary>
    public double RuleMatchReviewBelow { get; init; } = 0.05;

    /// <summary>
    /// Share of the responses due that should meet their respond-by (SLA compliance); DOMAIN.md sets
    /// response targets but no share of them to meet: 0.90 is the project's default.
    /// </summary>
    public double SlaComplianceTarget { get; init; } = 0.90;

    /// <summary>
    /// Closed outcomes (RecordOutcome) a territory, routing level, lead source, segment or rep needs
    /// before routing health gives its conversion rate and compares it: below that, one lead more or
    /// less moves the rate by 5 points or more, and two such rates 20 points apart say little.
    /// </summary>
    public int MinOutcomesPerGroup { get; init; } = 20;

    /// <summary>Time from a lead's arrival until its assignment is durable that the 99th percentile should stay under.</summary>
    public TimeSpan TimeToAssignTarget { get; init; } = TimeSpan.FromSeconds(10);
}
