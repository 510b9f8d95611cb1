namespace RoutingRules.Rules.Territories;

[Name("Territories.DimensionPriority")]
[Description("Overlapping territories: compare dimensions in the configured order (default vertical > geography > segment); the most specific geography level the lead matched at wins.")]
[Tag("territories")]
[Priority(RuleBands.TerritoryChoice)]
public sealed class DimensionPriorityResolutionRule : Rule
{
    public override void Define()
    {
        TerritoryMatch territory = null!;

        When()
            .Match<RoutingPolicy>(p => p.Territories.OverlapResolution == OverlapResolution.DimensionPriority)
            .Match(() => territory)
            .Not<TerritoryMatch>(t => t.DimensionRank < territory.DimensionRank);

        Then()
            .Yield(ctx => new ChosenTerritory(territory, "dimension priority"));
    }
}
