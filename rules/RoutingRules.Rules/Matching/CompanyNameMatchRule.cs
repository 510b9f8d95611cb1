namespace RoutingRules.Rules.Matching;

[Name("Matching.CompanyName")]
[Description("The normalised company name (case, accents, punctuation, legal suffixes removed) equals an account's name.")]
[Tag("matching")]
[Priority(RuleBands.Matching)]
public sealed class CompanyNameMatchRule : Rule
{
    public override void Define()
    {
        AccountCandidate candidate = null!;

        When()
            .Match(() => candidate, c => c.Kind == AccountMatchKind.Name);

        Then()
            .Yield(ctx => MatchedAccount.By(candidate, "company name"));
    }
}
