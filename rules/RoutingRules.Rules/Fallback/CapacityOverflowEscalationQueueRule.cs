namespace RoutingRules.Rules.Fallback;

[Name("Fallback.CapacityOverflowEscalationQueue")]
[Description("No member, no backup and no default pool can take the lead, and the priority queue is turned off: the escalation queue, for manual review (capacity overflow).")]
[Tag("fallback")]
[Priority(RuleBands.PriorityQueue)]
public sealed class CapacityOverflowEscalationQueueRule : Rule
{
    public override void Define()
    {
        ChosenTerritory territory = null!;
        FallbackQueues queues = null!;

        // Fires before Fallback.EscalationQueue (a lower band), which then finds the lead assigned.
        When()
            .Match(() => territory)
            .Match(() => queues, q => !q.HasPriorityQueue)
            .Not<Assignment>();

        Then()
            .Do(ctx => ctx.Insert(Assignment.ToQueue(queues.Escalation, RoutingLevel.Escalation,
                $"nobody in {territory.Territory.Name} can take the lead and there is neither default pool nor priority queue: manual review",
                RoutingFlags.CapacityOverflow, territory, null)));
    }
}
