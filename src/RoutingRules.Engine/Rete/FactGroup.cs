using System.Collections;

namespace RoutingRules.Engine.Rete;

/// <summary>One group of GroupBy(): a key and the (projected) elements having it.</summary>
internal sealed class FactGroup<TKey, T>(TKey key) : ElementCollection, IGrouping<TKey, T>, IReadOnlyList<T>
{
    private readonly List<Fact> _facts = [];
    private readonly List<T> _items = [];

    public static ElementCollection Create(object? key) => new FactGroup<TKey, T>((TKey)key!);

    public TKey Key { get; } = key;

    public override int Count => _items.Count;

    public T this[int index] => _items[index];

    public override void Add(Fact fact, object? value)
    {
        _facts.Add(fact);
        _items.Add((T)value!);
    }

    public override bool Remove(Fact fact)
    {
        var index = _facts.IndexOf(fact);
        if (index < 0)
        {
            return false;
        }

        _facts.RemoveAt(index);
        _items.RemoveAt(index);
        return true;
    }

    public IEnumerator<T> GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
