namespace RoutingRules.Domain.Routing.Facts;

/// <summary>Everything the rules decided, before the router stamps the lead id and rule-set version.</summary>
public sealed class DecisionDraft(
    Assignment assignment, TreatmentAssessment treatment, SlaAssessment sla, LeadPriority priority, RoutingFlags flags, DateTimeOffset? nextContactAt)
{
    public Assignment Assignment { get; } = assignment;
    public TreatmentAssessment Treatment { get; } = treatment;
    public SlaAssessment Sla { get; } = sla;
    public LeadPriority Priority { get; } = priority;
    public RoutingFlags Flags { get; } = flags;
    public DateTimeOffset? NextContactAt { get; } = nextContactAt;

    public static DecisionDraft Compose(
        Assignment assignment, TreatmentAssessment treatment, SlaAssessment sla, IEnumerable<DecisionFlag> flags, IEnumerable<HotPriority> hot)
    {
        var all = assignment.Flags;
        DateTimeOffset? next = null;
        foreach (var flag in flags)
        {
            all |= flag.Flag;
            next ??= flag.NextContactAt;
        }

        return new DecisionDraft(assignment, treatment, sla, hot.Any() ? LeadPriority.Hot : LeadPriority.Normal, all, next);
    }

    public override string ToString() => $"decision: {Assignment}; {Treatment.Treatment}; {Priority}; {Flags}";
}
