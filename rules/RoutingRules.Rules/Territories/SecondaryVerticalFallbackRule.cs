namespace RoutingRules.Rules.Territories;

[Name("Territories.SecondaryVerticalFallback")]
[Description("Territories matched on a secondary industry only count when none matches the primary industry.")]
[Tag("territories")]
[Priority(RuleBands.TerritoryFallbacks)]
public sealed class SecondaryVerticalFallbackRule : Rule
{
    public override void Define()
    {
        TerritoryMatch secondary = null!;

        When()
            .Match(() => secondary, t => t.Vertical == VerticalMatch.Secondary)
            .Exists<TerritoryMatch>(t => t.Vertical == VerticalMatch.Primary);

        Then()
            .Do(ctx => ctx.Retract(secondary));
    }
}
