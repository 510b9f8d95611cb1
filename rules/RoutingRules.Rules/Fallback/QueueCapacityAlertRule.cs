namespace RoutingRules.Rules.Fallback;

[Name("Fallback.QueueCapacityAlert")]
[Description("A lead that leaves a queue holding more than the alert threshold (default 20) waiting raises a capacity alert.")]
[Tag("fallback")]
[Priority(RuleBands.Flags)]
public sealed class QueueCapacityAlertRule : Rule
{
    public override void Define()
    {
        RoutingPolicy policy = null!;
        Assignment assignment = null!;
        QueueLoad load = null!;

        When()
            .Match(() => policy)
            .Match(() => assignment, a => a.Assignee.QueueName != null)
            .Match(() => load, q => q.Queue == assignment.Assignee.QueueName && q.Length >= policy.Queues.QueueAlertThreshold);

        Then()
            .Yield(ctx => new DecisionFlag(RoutingFlags.QueueCapacityAlert, $"{load.Queue} holds {load.Length} leads", null));
    }
}
