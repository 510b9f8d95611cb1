namespace RoutingRules.Rules.Matching;

[Name("Matching.IpNetworkCorroboratesName")]
[Description("A company name in the manual-review band matches its account when the lead's IP address is in that account's office network.")]
[Tag("matching")]
[Priority(RuleBands.Matching)]
public sealed class IpNetworkCorroboratesNameRule : Rule
{
    public override void Define()
    {
        RoutingPolicy policy = null!;
        AccountCandidate candidate = null!;
        IpAccountSignal signal = null!;

        When()
            .Match(() => policy)
            .Match(() => candidate,
                c => c.Kind == AccountMatchKind.Fuzzy,
                c => c.Score >= policy.Matching.FuzzyReviewThreshold && c.Score < policy.Matching.FuzzyMatchThreshold)
            .Match(() => signal, s => s.Account.Id == candidate.Account.Id);

        Then()
            .Yield(ctx => MatchedAccount.By(candidate, "similar company name corroborated by the office network"));
    }
}
