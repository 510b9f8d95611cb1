namespace RoutingRules.Rules.Capacity;

[Name("Capacity.CoolDown")]
[Description("A rep who got a lead less than the cool-down ago (default 10 min) is skipped, unless every eligible candidate is cooling down.")]
[Tag("capacity")]
[Priority(RuleBands.CoolDown)]
public sealed class CoolDownRule : Rule
{
    public override void Define()
    {
        RoutingPolicy policy = null!;
        LeadProfile lead = null!;
        EligibleCandidate candidate = null!;

        When()
            .Match(() => policy)
            .Match(() => lead)
            .Match(() => candidate, c => c.Profile.IsCoolingDownAt(lead.Now, policy.Capacity))
            .Exists<EligibleCandidate>(o => !o.Profile.IsCoolingDownAt(lead.Now, policy.Capacity));

        Then()
            .Do(ctx => ctx.Insert(Exclusion.Of(candidate.Candidate, "cooling down", candidate.Profile.Workload.LastAssignedAt, policy.Capacity.CoolDown)));
    }
}
