using RoutingRules.Engine.Rete;

namespace RoutingRules.Engine.Runtime;

/// <summary>Firing rules and reporting evaluation failures.</summary>
internal sealed partial class Session
{
    public int Fire() => Fire(int.MaxValue);

    public int Fire(int maxRulesNumber) => Fire(maxRulesNumber, int.MinValue);

    public int Fire(int maxRulesNumber, int minPriority)
    {
        ThrowIfDisposed();
        _halted = false;
        var fired = 0;
        while (fired < maxRulesNumber && !_halted && _agenda.Count > 0 && _agenda.Peek().Priority >= minPriority)
        {
            var activation = _agenda.Pop();
            activation.Flags |= ActivationFlags.Fired;
            fired++;
            Execute(activation);
        }

        return fired;
    }

    public void ConditionFailed(Exception exception, string expression, NetworkNode node, object? fact)
    {
        var events = Ev;
        if (events.HasConditionFailedHandlers)
        {
            var args = new ConditionFailedEventArgs(exception, expression, node.Rules, fact);
            events.RaiseConditionFailed(this, args);
            if (args.IsHandled)
            {
                return;
            }
        }

        throw new RuleConditionEvaluationException(expression, node.Rules.Select(r => r.Name).ToArray(), exception);
    }

    private void Execute(Activation activation)
    {
        var previous = _current;
        _current = activation;
        var events = Ev;
        events.RaiseRuleFiring(this, activation);
        var token = activation.Token;
        try
        {
            foreach (var action in activation.Terminal.Actions)
            {
                try
                {
                    if (action.Run != null)
                    {
                        action.Run.Value(this, token);
                    }
                    else
                    {
                        RunYield(activation, action, token);
                    }
                }
                catch (Exception ex) when (ex is not RuleConditionEvaluationException and not RuleActionEvaluationException)
                {
                    if (!ActionFailed(ex, action, activation))
                    {
                        throw new RuleActionEvaluationException(action.Text, activation.Rule.Name, ex);
                    }
                }
            }
        }
        finally
        {
            _current = previous;
        }

        events.RaiseRuleFired(this, activation);
    }

    private bool ActionFailed(Exception exception, CompiledAction action, Activation activation)
    {
        var events = Ev;
        if (!events.HasActionFailedHandlers)
        {
            return false;
        }

        var args = new ActionFailedEventArgs(exception, action.Text, activation);
        events.RaiseActionFailed(this, args);
        return args.IsHandled;
    }

    private void RunYield(Activation activation, CompiledAction action, Token token)
    {
        var linked = activation.Linked ??= new Fact?[activation.Terminal.YieldCount];
        var previous = linked[action.YieldIndex];
        if (previous is null || _facts.Find(previous.Object, previous.Hash) != previous)
        {
            linked[action.YieldIndex] = InsertLinked(action.Create!.Value(this, token));
            return;
        }

        var next = action.Update != null ? action.Update.Value(this, token, previous.Object) : action.Create!.Value(this, token);
        if (FactTable.SameIdentity(previous.Object, next))
        {
            Update(next);
            return;
        }

        previous.LinkCount = 0;
        Retract(previous.Object);
        linked[action.YieldIndex] = InsertLinked(next);
    }

    private Fact InsertLinked(object value)
    {
        var fact = InsertCore(value) ?? throw new ArgumentException($"The linked fact is already in the session: {value}");
        fact.LinkCount = 1;
        return fact;
    }
}
