namespace RoutingRules.Rules.Capacity;

[Name("Capacity.RequiredProfileUnavailable")]
[Description("When no eligible member meets the deal-size (else lead-score) requirement, the lead goes to the others; noted for the explanation.")]
[Tag("capacity")]
[Priority(RuleBands.Seniority)]
public sealed class RequiredProfileUnavailableRule : Rule
{
    public override void Define()
    {
        SeniorityRequirement requirement = null!;

        When()
            .Match(() => requirement)
            .Not<SeniorityRequirement>(o => o.Rank < requirement.Rank)
            .Exists<EligibleCandidate>()
            .Not<EligibleCandidate>(o => requirement.IsMetBy(o.Profile));

        Then()
            .Yield(ctx => new UnmetRequirement(requirement));
    }
}
