namespace RoutingRules.Rules.Territories;

[Name("Territories.NoTerritoryMatch")]
[Description("No account level claims the lead and no territory's criteria accept it: the decision is flagged so the unmatched-territory share (a health metric; alert above 10% by default) counts it exactly.")]
[Tag("territories")]
[Priority(RuleBands.Flags)]
public sealed class NoTerritoryMatchRule : Rule
{
    public override void Define()
    {
        NoTerritoryMatch unmatched = null!;

        When()
            .Match(() => unmatched)
            .Not<OwnerClaim>();

        Then()
            .Yield(ctx => new DecisionFlag(RoutingFlags.NoTerritoryMatch, unmatched.ToString()));
    }
}
