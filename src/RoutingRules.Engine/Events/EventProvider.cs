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

    public void RaiseActivationCreated(object sender, IMatch match) =>
        Raise(sender, ActivationCreatedEvent, _parent?.ActivationCreatedEvent, match);

    public void RaiseActivationUpdated(object sender, IMatch match) =>
        Raise(sender, ActivationUpdatedEvent, _parent?.ActivationUpdatedEvent, match);

    public void RaiseActivationDeleted(object sender, IMatch match) =>
        Raise(sender, ActivationDeletedEvent, _parent?.ActivationDeletedEvent, match);

    public void RaiseRuleFiring(object sender, IMatch match) =>
        Raise(sender, RuleFiringEvent, _parent?.RuleFiringEvent, match);

    public void RaiseRuleFired(object sender, IMatch match) =>
        Raise(sender, RuleFiredEvent, _parent?.RuleFiredEvent, match);

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

    private static void Raise(object sender, EventHandler<AgendaEventArgs>? own, EventHandler<AgendaEventArgs>? inherited, IMatch match)
    {
        if (own is null && inherited is null)
        {
            return;
        }

        var args = new AgendaEventArgs(match);
        own?.Invoke(sender, args);
        inherited?.Invoke(sender, args);
    }
}
