using RoutingRules.Engine.Rete;

namespace RoutingRules.Engine.Runtime;

/// <summary>Reading the working memory back, in insertion order.</summary>
internal sealed partial class Session
{
    public IReadOnlyList<T> Query<T>()
    {
        ThrowIfDisposed();
        // Fact numbers are dense unless many facts were retracted: placing each fact at its number
        // then reads them in insertion order without sorting (the gaps stay null). The placement
        // array is rented: every routed lead queries once, and only the result is kept.
        Fact?[] ordered;
        int length;
        var rented = _factSequence <= 2 * _facts.Count + 16;
        if (rented)
        {
            length = _factSequence;
            ordered = System.Buffers.ArrayPool<Fact?>.Shared.Rent(length);
            Array.Clear(ordered, 0, length);
            _facts.PlaceById(ordered);
        }
        else
        {
            var all = new Fact[_facts.Count];
            _facts.CopyTo(all);
            Array.Sort(all, static (a, b) => a.Id.CompareTo(b.Id));
            ordered = all;
            length = all.Length;
        }

        var span = ordered.AsSpan(0, length);
        var count = 0;
        foreach (var fact in span)
        {
            if (fact?.Object is T)
            {
                count++;
            }
        }

        var result = new T[count];
        count = 0;
        foreach (var fact in span)
        {
            if (fact?.Object is T typed)
            {
                result[count++] = typed;
            }
        }

        if (rented)
        {
            System.Buffers.ArrayPool<Fact?>.Shared.Return(ordered, clearArray: true);
        }

        return result;
    }
}
