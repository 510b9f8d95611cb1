namespace RoutingRules.Rules.Matching;

[Name("Matching.EmailDomain")]
[Description("A corporate e-mail domain listed by an account matches it; free-mail domains never match.")]
[Tag("matching")]
[Priority(RuleBands.Matching)]
public sealed class EmailDomainMatchRule : Rule
{
    public override void Define()
    {
        AccountCandidate candidate = null!;

        // A free-mail domain is never looked up, so no candidate comes from one: the lead's other
        // field (its website) may still name the company, and is matched by Matching.WebsiteDomain.
        When()
            .Match(() => candidate, c => c.Kind == AccountMatchKind.Domain);

        Then()
            .Yield(ctx => MatchedAccount.By(candidate, "email domain"));
    }
}
