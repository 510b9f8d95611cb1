namespace RoutingRules.Rules.Capacity;

[Name("Capacity.Eligible")]
[Description("A candidate with no exclusion is eligible; an exclusion found later withdraws it.")]
[Tag("capacity")]
[Priority(RuleBands.Eligibility)]
public sealed class EligibleCandidateRule : Rule
{
    public override void Define()
    {
        Candidate candidate = null!;

        When()
            .Match(() => candidate)
            .Not<Exclusion>(x => x.RepId == candidate.RepId);

        Then()
            .Yield(ctx => EligibleCandidate.From(candidate));
    }
}
