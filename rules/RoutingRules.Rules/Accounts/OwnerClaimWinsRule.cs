namespace RoutingRules.Rules.Accounts;

[Name("Accounts.FirstLevelWins")]
[Description("Of all owner claims the highest level of the priority chain wins; later levels are not used.")]
[Tag("accounts")]
[Priority(RuleBands.ClaimDecision)]
public sealed class OwnerClaimWinsRule : Rule
{
    public override void Define()
    {
        OwnerClaim claim = null!;

        When()
            .Match(() => claim)
            .Not<OwnerClaim>(o => OwnerClaim.Outranks(o, claim));

        Then()
            .Yield(ctx => Assignment.FromClaim(claim));
    }
}
