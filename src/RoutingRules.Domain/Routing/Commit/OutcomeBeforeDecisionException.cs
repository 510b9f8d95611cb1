namespace RoutingRules.Domain.Routing.Commit;

/// <summary>
/// An outcome dated before the decision it would apply to: that decision had not routed the lead
/// yet, so the outcome cannot be its result. Nothing was recorded.
/// </summary>
public sealed class OutcomeBeforeDecisionException(string leadId, string decisionId, DateTimeOffset decidedAt, DateTimeOffset at)
    : Exception($"The outcome's time {Format(at)} is before the decision in force for lead '{leadId}' ({decisionId}, made {Format(decidedAt)}).")
{
    public string LeadId { get; } = leadId;
    public string DecisionId { get; } = decisionId;
    public DateTimeOffset DecidedAt { get; } = decidedAt;

    private static string Format(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
