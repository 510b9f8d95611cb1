namespace RoutingRules.Rules.Fallback;

[Name("Fallback.EscalationQueue")]
[Description("Nothing else applies (no pool configured): the escalation queue, for manual review. A lead is never left without an owner.")]
[Tag("fallback")]
[Priority(RuleBands.Escalation)]
public sealed class EscalationQueueRule : Rule
{
    public override void Define()
    {
        FallbackQueues queues = null!;

        When()
            .Match(() => queues)
            .Not<Assignment>();

        Then()
            .Do(ctx => ctx.Insert(Assignment.ToQueue(queues.Escalation, RoutingLevel.Escalation,
                "no rep, territory or pool can take the lead: manual review", RoutingFlags.None, null, null)));
    }
}
