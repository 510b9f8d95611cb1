namespace RoutingRules.Rules.Matching;

[Name("Matching.AutoCreateAccount")]
[Description("After N leads (default 3) of one unknown corporate domain, an account is created, owned by the first rep who received one of them, or without an owner when they all went to a queue.")]
[Tag("matching")]
[Priority(RuleBands.UnknownDomain)]
public sealed class AutoCreateAccountRule : Rule
{
    public override void Define()
    {
        RoutingPolicy policy = null!;
        LeadProfile lead = null!;
        UnknownDomainSighting sighting = null!;

        // No rep among the domain's leads (all went to a pool or queue) still creates the account
        // (DOMAIN.md §3): its later leads match it instead of counting as an unknown company forever.
        When()
            .Match(() => policy)
            .Match(() => lead)
            .Match(() => sighting, s => s.LeadsIncludingThis >= policy.Accounts.AutoCreateAccountLeadCount)
            .Not<MatchedAccount>();

        Then()
            .Yield(ctx => CreatedAccount.ForDomain(sighting, lead));
    }
}
