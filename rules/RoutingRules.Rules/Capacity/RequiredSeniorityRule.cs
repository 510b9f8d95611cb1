namespace RoutingRules.Rules.Capacity;

[Name("Capacity.RequiredSeniority")]
[Description("Reps matching the deal-size (else lead-score) requirement are preferred over those who do not.")]
[Tag("capacity")]
[Priority(RuleBands.Seniority)]
public sealed class RequiredSeniorityRule : Rule
{
    public override void Define()
    {
        SeniorityRequirement requirement = null!;
        EligibleCandidate candidate = null!;

        When()
            .Match(() => requirement)
            .Not<SeniorityRequirement>(o => o.Rank < requirement.Rank)
            .Match(() => candidate, c => !requirement.IsMetBy(c.Profile))
            .Exists<EligibleCandidate>(o => requirement.IsMetBy(o.Profile));

        Then()
            .Do(ctx => ctx.Insert(Exclusion.Of(candidate.Candidate, "not the required profile",
                $"{candidate.Profile.Rep.Role} {candidate.Profile.Rep.Seniority}", requirement.Profile)));
    }
}
