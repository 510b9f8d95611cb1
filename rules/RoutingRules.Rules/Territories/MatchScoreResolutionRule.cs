namespace RoutingRules.Rules.Territories;

[Name("Territories.MatchScore")]
[Description("Overlapping territories: the one matching more dimensions at more specific levels wins (when the policy resolves by score).")]
[Tag("territories")]
[Priority(RuleBands.TerritoryChoice)]
public sealed class MatchScoreResolutionRule : Rule
{
    public override void Define()
    {
        TerritoryMatch territory = null!;

        When()
            .Match<RoutingPolicy>(p => p.Territories.OverlapResolution == OverlapResolution.MatchScore)
            .Match(() => territory)
            .Not<TerritoryMatch>(t => t.ScoreRank < territory.ScoreRank);

        Then()
            .Yield(ctx => new ChosenTerritory(territory, "match score"));
    }
}
