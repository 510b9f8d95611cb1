namespace RoutingRules.Rules.Decision;

[Name("Decision.Compose")]
[Description("The decision: the assignment with the winning treatment, the earliest SLA, the priority and every flag.")]
[Tag("decision")]
[Priority(RuleBands.Compose)]
public sealed class ComposeDecisionRule : Rule
{
    public override void Define()
    {
        Assignment assignment = null!;
        TreatmentAssessment treatment = null!;
        SlaAssessment sla = null!;
        IEnumerable<DecisionFlag> flags = null!;
        IEnumerable<HotPriority> hot = null!;

        When()
            .Match(() => assignment)
            .Match(() => treatment)
            .Not<TreatmentAssessment>(t => TreatmentAssessment.Outranks(t, treatment))
            .Match(() => sla)
            .Not<SlaAssessment>(s => SlaAssessment.Outranks(s, sla))
            .Query(() => flags, q => q.Match<DecisionFlag>().Collect())
            .Query(() => hot, q => q.Match<HotPriority>().Collect());

        Then()
            .Yield(ctx => DecisionDraft.Compose(assignment, treatment, sla, flags, hot));
    }
}
