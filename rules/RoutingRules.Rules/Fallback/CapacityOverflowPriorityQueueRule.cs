namespace RoutingRules.Rules.Fallback;

[Name("Fallback.CapacityOverflowPriorityQueue")]
[Description("No member, no backup and no default pool can take the lead: it waits in the priority queue, ranked by lead score, for the next free rep.")]
[Tag("fallback")]
[Priority(RuleBands.PriorityQueue)]
public sealed class CapacityOverflowPriorityQueueRule : Rule
{
    public override void Define()
    {
        ChosenTerritory territory = null!;
        FallbackQueues queues = null!;

        When()
            .Match(() => territory)
            .Match(() => queues, q => q.HasPriorityQueue)
            .Not<Assignment>();

        Then()
            .Do(ctx => ctx.Insert(Assignment.ToQueue(queues.PriorityQueue!, RoutingLevel.PriorityQueue,
                $"nobody in {territory.Territory.Name} can take the lead and there is no default pool; it waits in the priority queue",
                RoutingFlags.CapacityOverflow, territory, null)));
    }
}
