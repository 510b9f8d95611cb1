namespace RoutingRules.Engine.Rete;

/// <summary>The mutable result of an aggregation, kept in place so that a match keeps its identity.</summary>
internal abstract class ElementCollection
{
    public abstract int Count { get; }

    public abstract void Add(Fact fact, object? value);

    public abstract bool Remove(Fact fact);
}
