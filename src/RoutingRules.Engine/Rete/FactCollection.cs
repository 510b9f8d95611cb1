using System.Collections;

namespace RoutingRules.Engine.Rete;

/// <summary>The result of Collect(): the (projected) elements in the order they joined.</summary>
internal class FactCollection<T> : ElementCollection, IReadOnlyList<T>
{
    private readonly List<Fact> _facts = [];
    private readonly List<T> _items = [];

    public static ElementCollection Create() => new FactCollection<T>();

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
