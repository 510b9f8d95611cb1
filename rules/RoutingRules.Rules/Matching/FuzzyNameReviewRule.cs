namespace RoutingRules.Rules.Matching;

[Name("Matching.FuzzyNameNeedsReview")]
[Description("A name between the review and match thresholds is no match: it is flagged for manual confirmation and routing continues.")]
[Tag("matching")]
[Priority(RuleBands.BestMatch)]
public sealed class FuzzyNameReviewRule : Rule
{
    public override void Define()
    {
        RoutingPolicy policy = null!;
        AccountCandidate candidate = null!;

        When()
            .Match(() => policy)
            .Match(() => candidate,
                c => c.Kind == AccountMatchKind.Fuzzy,
                c => c.Score >= policy.Matching.FuzzyReviewThreshold && c.Score < policy.Matching.FuzzyMatchThreshold)
            .Not<MatchedAccount>();

        Then()
            .Yield(ctx => new DecisionFlag(RoutingFlags.ManualReviewMatch, $"{candidate.Account.Name} may be the account ({candidate.Score:0.00})", null));
    }
}
