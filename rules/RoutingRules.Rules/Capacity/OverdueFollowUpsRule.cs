namespace RoutingRules.Rules.Capacity;

[Name("Capacity.OverdueFollowUps")]
[Description("A rep with more overdue follow-ups than the limit (default 10) is excluded.")]
[Tag("capacity")]
[Priority(RuleBands.Exclusions)]
public sealed class OverdueFollowUpsRule : Rule
{
    public override void Define()
    {
        RoutingPolicy policy = null!;
        LeadProfile lead = null!;
        Candidate candidate = null!;

        When()
            .Match(() => policy)
            .Match(() => lead)
            .Match(() => candidate, c => c.Profile.Workload.OverdueFollowUps > policy.Capacity.OverdueFollowUpsCap);

        Then()
            .Yield(ctx => Exclusion.Of(candidate, "too many overdue follow-ups", candidate.Profile.Workload.OverdueFollowUps, policy.Capacity.OverdueFollowUpsCap));
    }
}
