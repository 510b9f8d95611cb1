namespace RoutingRules.Rules.Fallback;

[Name("Fallback.UnmatchedTerritoryDefaultPool")]
[Description("No territory matches the lead (overseas, unknown industry...): it goes to the default pool.")]
[Tag("fallback")]
[Priority(RuleBands.DefaultPool)]
public sealed class UnmatchedTerritoryDefaultPoolRule : Rule
{
    public override void Define()
    {
        FallbackQueues queues = null!;

        When()
            .Match(() => queues, q => q.HasDefaultPool)
            .Not<ChosenTerritory>()
            .Not<Assignment>();

        Then()
            .Do(ctx => ctx.Insert(Assignment.ToQueue(queues.DefaultPool!, RoutingLevel.DefaultPool,
                "no territory matches the lead", RoutingFlags.None, null, null)));
    }
}
