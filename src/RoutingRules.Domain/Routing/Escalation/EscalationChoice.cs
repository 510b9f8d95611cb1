using RoutingRules.Domain.Routing.Facts;

namespace RoutingRules.Domain.Routing.Escalation;

/// <summary>
/// What an escalation rule inserts: who takes the overdue lead, the kind of target (which words
/// the reason) and the rule that chose (the trace names it). The first choice inserted stands;
/// the default rules each wait for there to be none.
/// </summary>
public sealed class EscalationChoice
{
    private EscalationChoice(EscalationTarget target, Assignee assignee, string rule)
    {
        Target = target;
        Assignee = assignee;
        Rule = rule;
    }

    public EscalationTarget Target { get; }
    public Assignee Assignee { get; }
    public string Rule { get; }

    /// <summary>A rep takes the lead (<paramref name="target"/> must not be <see cref="EscalationTarget.Queue"/>).</summary>
    public static EscalationChoice ToRep(EscalationTarget target, RepProfile rep, string rule)
    {
        ArgumentNullException.ThrowIfNull(rep);
        if (target == EscalationTarget.Queue)
        {
            throw new ArgumentException("A rep is not a queue target; use ToQueue.", nameof(target));
        }

        return new EscalationChoice(target, Assignee.ForRep(rep.Id, rep.Rep.Name), rule);
    }

    /// <summary>The lead waits in <paramref name="queue"/>; queues are never escalated again.</summary>
    public static EscalationChoice ToQueue(string queue, string rule)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(queue);
        return new EscalationChoice(EscalationTarget.Queue, Assignee.ForQueue(queue), rule);
    }

    public override string ToString() => $"escalation to {Assignee.RepId ?? Assignee.QueueName} ({Target}, {Rule})";
}
