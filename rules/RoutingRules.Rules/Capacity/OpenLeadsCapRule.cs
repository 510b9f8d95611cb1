namespace RoutingRules.Rules.Capacity;

[Name("Capacity.OpenLeadsCap")]
[Description("A rep with open leads at or above the cap (default 50, per-rep override) is excluded.")]
[Tag("capacity")]
[Priority(RuleBands.Exclusions)]
public sealed class OpenLeadsCapRule : Rule
{
    public override void Define()
    {
        RoutingPolicy policy = null!;
        LeadProfile lead = null!;
        Candidate candidate = null!;

        When()
            .Match(() => policy)
            .Match(() => lead)
            .Match(() => candidate, c => c.Profile.Workload.OpenLeads >= c.Profile.OpenLeadsCap(policy.Capacity));

        Then()
            .Yield(ctx => Exclusion.Of(candidate, "open leads at cap", candidate.Profile.Workload.OpenLeads, candidate.Profile.OpenLeadsCap(policy.Capacity)));
    }
}
