namespace RoutingRules.Rules.Matching;

[Name("Matching.WebsiteDomain")]
[Description("A corporate website domain listed by an account matches it, even beside a free-mail e-mail; a corporate e-mail naming another account wins.")]
[Tag("matching")]
[Priority(RuleBands.Matching)]
public sealed class WebsiteDomainMatchRule : Rule
{
    public override void Define()
    {
        AccountCandidate candidate = null!;

        // Its own rule, so that the trace and the explanation say the website matched, not the e-mail;
        // the e-mail's candidate ranks first (Matching.BestMatch), the more reliable (DOMAIN.md §3).
        When()
            .Match(() => candidate, c => c.Kind == AccountMatchKind.Website);

        Then()
            .Yield(ctx => MatchedAccount.By(candidate, "website domain"));
    }
}
