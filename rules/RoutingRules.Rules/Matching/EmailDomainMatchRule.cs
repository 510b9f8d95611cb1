namespace RoutingRules.Rules.Matching;

[Name("Matching.EmailDomain")]
[Description("A corporate e-mail or website domain listed by an account matches it; free-mail domains never match.")]
[Tag("matching")]
[Priority(RuleBands.Matching)]
public sealed class EmailDomainMatchRule : Rule
{
    public override void Define()
    {
        LeadProfile lead = null!;
        AccountCandidate candidate = null!;

        When()
            .Match(() => lead, l => !l.IsFreeMail)
            .Match(() => candidate, c => c.Kind == AccountMatchKind.Domain);

        Then()
            .Yield(ctx => MatchedAccount.By(candidate, "email domain"));
    }
}
