namespace RoutingRules.Engine;

/// <summary>
/// Engine events. Nothing is allocated for an event nobody subscribes to.
/// Handlers run synchronously on the thread that uses the session.
/// </summary>
public interface IEventProvider
{
    /// <summary>A fact was inserted.</summary>
    event EventHandler<FactEventArgs>? FactInsertedEvent;

    /// <summary>A fact was updated.</summary>
    event EventHandler<FactEventArgs>? FactUpdatedEvent;

    /// <summary>A fact was retracted.</summary>
    event EventHandler<FactEventArgs>? FactRetractedEvent;

    /// <summary>A new match was placed on the agenda.</summary>
    event EventHandler<AgendaEventArgs>? ActivationCreatedEvent;

    /// <summary>A match was updated (it keeps its agenda place if pending).</summary>
    event EventHandler<AgendaEventArgs>? ActivationUpdatedEvent;

    /// <summary>A match went away.</summary>
    event EventHandler<AgendaEventArgs>? ActivationDeletedEvent;

    /// <summary>A rule is about to fire.</summary>
    event EventHandler<AgendaEventArgs>? RuleFiringEvent;

    /// <summary>A rule fired.</summary>
    event EventHandler<AgendaEventArgs>? RuleFiredEvent;

    /// <summary>A condition threw; set <see cref="ConditionFailedEventArgs.IsHandled"/> to treat it as false.</summary>
    event EventHandler<ConditionFailedEventArgs>? ConditionFailedEvent;

    /// <summary>An action threw; set <see cref="ActionFailedEventArgs.IsHandled"/> to continue.</summary>
    event EventHandler<ActionFailedEventArgs>? ActionFailedEvent;
}
