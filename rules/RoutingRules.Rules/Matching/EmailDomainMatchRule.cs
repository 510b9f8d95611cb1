namespace RoutingRules.Rules.Matching;

[Name("Matching.EmailDomain")]
[Description("A corporate e-mail or website domain listed by an account matches it; free-mail domains never match.")]
[Tag("matching")]
[Priority(RuleBands.Matching)]
public sealed class EmailDomainMatchRule : Rule
{
    public override void Define()
    {
        AccountCandidate candidate = null!;

        // A free-mail domain is never looked up, so no candidate comes from one; asking the lead
        // whether it is free mail would also drop the account its website names.
        When()
            .Match(() => candidate, c => c.Kind == AccountMatchKind.Domain);

        Then()
            .Yield(ctx => MatchedAccount.By(candidate, "email domain"));
    }
}
