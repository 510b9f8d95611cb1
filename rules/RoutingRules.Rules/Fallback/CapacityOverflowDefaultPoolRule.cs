namespace RoutingRules.Rules.Fallback;

[Name("Fallback.CapacityOverflowDefaultPool")]
[Description("No member and no backup can take the lead: it goes to the default pool (capacity overflow).")]
[Tag("fallback")]
[Priority(RuleBands.DefaultPool)]
public sealed class CapacityOverflowDefaultPoolRule : Rule
{
    public override void Define()
    {
        ChosenTerritory territory = null!;
        FallbackQueues queues = null!;

        When()
            .Match(() => territory)
            .Match(() => queues, q => q.HasDefaultPool)
            .Not<Assignment>();

        Then()
            .Do(ctx => ctx.Insert(Assignment.ToQueue(queues.DefaultPool!, RoutingLevel.DefaultPool,
                $"nobody in {territory.Territory.Name} can take the lead", RoutingFlags.CapacityOverflow, territory, null)));
    }
}
