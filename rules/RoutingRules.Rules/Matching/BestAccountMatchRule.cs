namespace RoutingRules.Rules.Matching;

[Name("Matching.BestMatch")]
[Description("Of several matched accounts the most reliable wins: e-mail domain, website domain, then name, alias, fuzzy; then the best score.")]
[Tag("matching")]
[Priority(RuleBands.BestMatch)]
public sealed class BestAccountMatchRule : Rule
{
    public override void Define()
    {
        MatchedAccount match = null!;

        When()
            .Match(() => match)
            .Not<MatchedAccount>(o => o.Order < match.Order);

        Then()
            .Yield(ctx => LeadAccount.From(match));
    }
}
