namespace RoutingRules.Engine.Rete;

/// <summary>One left token's aggregation: a single collection, or groups by key with each member's group.</summary>
internal sealed class AggregateState
{
    private static readonly object NullKey = new();
    private readonly AggregateSpec _spec;
    private readonly Dictionary<Fact, Fact>? _groupOf;

    public AggregateState(AggregateSpec spec)
    {
        _spec = spec;
        if (spec.Collection != null)
        {
            Single = new Fact(spec.Collection(), 0) { IsDerived = true };
        }
        else
        {
            Groups = [];
            _groupOf = [];
        }
    }

    public Fact? Single { get; }

    /// <summary>Groups by key, in the order they were formed.</summary>
    public Dictionary<object, Fact>? Groups { get; }

    /// <summary>Adds an element; returns the result that changed.</summary>
    public Fact Add(Fact fact, object? value, object? groupKey)
    {
        if (Single != null)
        {
            ((ElementCollection)Single.Object).Add(fact, value);
            return Single;
        }

        var key = groupKey ?? NullKey;
        if (!Groups!.TryGetValue(key, out var group))
        {
            group = new Fact(_spec.Groups!(groupKey), 0) { IsDerived = true };
            Groups.Add(key, group);
        }

        ((ElementCollection)group.Object).Add(fact, value);
        _groupOf![fact] = group;
        return group;
    }

    /// <summary>Removes an element if present; returns the result that changed.</summary>
    public Fact? Remove(Fact fact)
    {
        if (Single != null)
        {
            return ((ElementCollection)Single.Object).Remove(fact) ? Single : null;
        }

        if (!_groupOf!.Remove(fact, out var group))
        {
            return null;
        }

        ((ElementCollection)group.Object).Remove(fact);
        return group;
    }

    public object KeyOf(Fact group)
    {
        foreach (var pair in Groups!)
        {
            if (ReferenceEquals(pair.Value, group))
            {
                return pair.Key;
            }
        }

        return NullKey;
    }
}
