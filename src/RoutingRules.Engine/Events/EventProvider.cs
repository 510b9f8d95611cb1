using RoutingRules.Engine.Runtime;

namespace RoutingRules.Engine.Events;

/// <summary>
/// Event storage for a factory or a session. A session's provider chains to its factory's so that
/// raising checks two delegate fields and allocates nothing when both are null.
/// </summary>
internal sealed class EventProvider(EventProvider? parent) : IEventProvider
{
    private readonly EventProvider? _parent = parent;

    public event EventHandler<FactEventArgs>? FactInsertedEvent;
    public event EventHandler<FactEventArgs>? FactUpdatedEvent;
    public event EventHandler<FactEventArgs>? FactRetractedEvent;
    public event EventHandler<AgendaEventArgs>? ActivationCreatedEvent;
    public event EventHandler<AgendaEventArgs>? ActivationUpdatedEvent;
    public event EventHandler<AgendaEventArgs>? ActivationDeletedEvent;
    public event EventHandler<AgendaEventArgs>? RuleFiringEvent;
    public event EventHandler<AgendaEventArgs>? RuleFiredEvent;
    public event EventHandler<ConditionFailedEventArgs>? ConditionFailedEvent;
    public event EventHandler<ActionFailedEventArgs>? ActionFailedEvent;

    public void RaiseFactInserted(object sender, object fact) =>
        Raise(sender, FactInsertedEvent, _parent?.FactInsertedEvent, fact);

    public void RaiseFactUpdated(object sender, object fact) =>
        Raise(sender, FactUpdatedEvent, _parent?.FactUpdatedEvent, fact);

    public void RaiseFactRetracted(object sender, object fact) =>
        Raise(sender, FactRetractedEvent, _parent?.FactRetractedEvent, fact);

    public void RaiseActivationCreated(object sender, Activation activation) =>
        Raise(sender, ActivationCreatedEvent, _parent?.ActivationCreatedEvent, activation);

    public void RaiseActivationUpdated(object sender, Activation activation) =>
        Raise(sender, ActivationUpdatedEvent, _parent?.ActivationUpdatedEvent, activation);

    public void RaiseActivationDeleted(object sender, Activation activation) =>
        Raise(sender, ActivationDeletedEvent, _parent?.ActivationDeletedEvent, activation);

    public void RaiseRuleFiring(object sender, Activation activation) =>
        Raise(sender, RuleFiringEvent, _parent?.RuleFiringEvent, activation);

    public void RaiseRuleFired(object sender, Activation activation) =>
        Raise(sender, RuleFiredEvent, _parent?.RuleFiredEvent, activation);

    public bool HasConditionFailedHandlers => ConditionFailedEvent != null || _parent?.ConditionFailedEvent != null;

    public bool HasActionFailedHandlers => ActionFailedEvent != null || _parent?.ActionFailedEvent != null;

    public void RaiseConditionFailed(object sender, ConditionFailedEventArgs args)
    {
        ConditionFailedEvent?.Invoke(sender, args);
        _parent?.ConditionFailedEvent?.Invoke(sender, args);
    }

    public void RaiseActionFailed(object sender, ActionFailedEventArgs args)
    {
        ActionFailedEvent?.Invoke(sender, args);
        _parent?.ActionFailedEvent?.Invoke(sender, args);
    }

    private static void Raise(object sender, EventHandler<FactEventArgs>? own, EventHandler<FactEventArgs>? inherited, object fact)
    {
        if (own is null && inherited is null)
        {
            return;
        }

        var args = new FactEventArgs(fact);
        own?.Invoke(sender, args);
        inherited?.Invoke(sender, args);
    }

    /// <summary>An activation's events share one (immutable) argument object, created when first needed.</summary>
    private static void Raise(object sender, EventHandler<AgendaEventArgs>? own, EventHandler<AgendaEventArgs>? inherited, Activation activation)
    {
        if (own is null && inherited is null)
        {
            return;
        }

        var args = activation.EventArgs ??= new AgendaEventArgs(activation);
        own?.Invoke(sender, args);
        inherited?.Invoke(sender, args);
    }
}
