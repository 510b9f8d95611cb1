namespace RoutingRules.Domain.Routing.Health;

/// <summary>
/// Decisions with a closed outcome (RecordOutcome: converted, closed lost, disqualified, sent to
/// nurture) and, of those, the converted: DOMAIN.md §7's and the seeds' lead-to-opportunity rate.
/// </summary>
public readonly record struct ConversionCounts(int Outcomes, int Converted)
{
    /// <summary>Converted over outcomes; null without outcomes, since 0 would read as none converted.</summary>
    public double? Rate => Outcomes == 0 ? null : (double)Converted / Outcomes;
}
