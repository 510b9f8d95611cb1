namespace RoutingRules.Rules.Matching;

[Name("Matching.Alias")]
[Description("The normalised company name equals one of an account's aliases (IBM = International Business Machines).")]
[Tag("matching")]
[Priority(RuleBands.Matching)]
public sealed class AliasMatchRule : Rule
{
    public override void Define()
    {
        AccountCandidate candidate = null!;

        When()
            .Match(() => candidate, c => c.Kind == AccountMatchKind.Alias);

        Then()
            .Yield(ctx => MatchedAccount.By(candidate, "alias"));
    }
}
