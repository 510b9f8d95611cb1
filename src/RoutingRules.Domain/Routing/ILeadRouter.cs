using RoutingRules.Domain.Routing.Escalation;

namespace RoutingRules.Domain.Routing;

/// <summary>Routes one lead by running one engine session over the facts gathered for it. Thread-safe.</summary>
public interface ILeadRouter
{
    /// <summary>Hash of the compiled rules and the policy in force; part of every decision.</summary>
    string RuleSetVersion(RoutingContext context);

    /// <summary>Evaluates the lead; changes nothing (the caller commits the outcome).</summary>
    RoutingOutcome Route(Lead lead, RoutingContext context);

    /// <summary>
    /// Who takes a lead nobody acknowledged by its escalation time (DOMAIN.md §5), as the
    /// escalation rules choose; never a rep in <paramref name="earlierReps"/> or the holder. Changes nothing.
    /// </summary>
    EscalationChoice ChooseEscalation(RoutingDecision overdue, IReadOnlySet<string> earlierReps, RoutingContext context);

    /// <summary>The names of the rules a trace can name (the decision log keeps them in its trace vocabulary).</summary>
    IReadOnlyCollection<string> RuleNames => [];
}
