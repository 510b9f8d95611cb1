namespace RoutingRules.Rules.Matching;

[Name("Matching.FuzzyName")]
[Description("A company name similar enough to an account's (score at or above the fuzzy match threshold) matches it.")]
[Tag("matching")]
[Priority(RuleBands.Matching)]
public sealed class FuzzyNameMatchRule : Rule
{
    public override void Define()
    {
        RoutingPolicy policy = null!;
        AccountCandidate candidate = null!;

        When()
            .Match(() => policy)
            .Match(() => candidate,
                c => c.Kind == AccountMatchKind.Fuzzy,
                c => c.Score >= policy.Matching.FuzzyMatchThreshold);

        Then()
            .Yield(ctx => MatchedAccount.By(candidate, "similar company name"));
    }
}
