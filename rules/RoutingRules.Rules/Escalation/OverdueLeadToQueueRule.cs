namespace RoutingRules.Rules.Escalation;

[Name("Escalation.Queue")]
[Description("Neither a backup nor a manager can take the overdue lead: it waits in the escalation queue, where it is never escalated again.")]
[Tag(RoutingRuleSet.EscalationTag)]
[Priority(RuleBands.EscalationToQueue)]
public sealed class OverdueLeadToQueueRule : Rule
{
    public override void Define()
    {
        OverdueLead overdue = null!;
        FallbackQueues queues = null!;

        When()
            .Match(() => overdue)
            .Match(() => queues)
            .Not<EscalationChoice>();

        Then()
            .Do(ctx => ctx.Insert(EscalationChoice.ToQueue(queues.Escalation, ctx.Rule.Name)));
    }
}
