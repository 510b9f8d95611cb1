namespace RoutingRules.Rules.Matching;

[Name("Matching.AutoCreateAccount")]
[Description("After N leads (default 3) of one unknown corporate domain, an account is created, owned by the first lead's owner.")]
[Tag("matching")]
[Priority(RuleBands.UnknownDomain)]
public sealed class AutoCreateAccountRule : Rule
{
    public override void Define()
    {
        RoutingPolicy policy = null!;
        LeadProfile lead = null!;
        UnknownDomainSighting sighting = null!;

        When()
            .Match(() => policy)
            .Match(() => lead)
            .Match(() => sighting, s => s.LeadsIncludingThis >= policy.Accounts.AutoCreateAccountLeadCount && s.FirstOwnerId != null)
            .Not<MatchedAccount>();

        Then()
            .Yield(ctx => CreatedAccount.ForDomain(sighting, lead));
    }
}
