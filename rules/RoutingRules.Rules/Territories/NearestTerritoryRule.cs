namespace RoutingRules.Rules.Territories;

[Name("Territories.NearestTerritory")]
[Description("No territory matches the lead: the territory the policy names for its department, region or country (nearest territory), before the default pool.")]
[Tag("territories")]
[Tag("fallback")]
[Priority(RuleBands.TerritoryChoice)]
public sealed class NearestTerritoryRule : Rule
{
    public override void Define()
    {
        NearestTerritory nearest = null!;

        When()
            .Match(() => nearest)
            .Not<TerritoryMatch>()
            .Not<ChosenTerritory>();

        Then()
            .Yield(ctx => new ChosenTerritory(nearest.Match, ChosenTerritory.ByNearest));
    }
}
