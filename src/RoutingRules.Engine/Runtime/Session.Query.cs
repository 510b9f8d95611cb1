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

        // Every fact is an object: the router reads them all back, and a type test per fact
        // through shared generic code is most of the cost of reading.
        var any = typeof(T) == typeof(object);
        var count = 0;
        foreach (var fact in span)
        {
            if (fact != null && (any || fact.Object is T))
            {
                count++;
            }
        }

        var result = new T[count];
        var target = result.AsSpan();
        count = 0;
        foreach (var fact in span)
        {
            if (fact is null)
            {
                continue;
            }

            if (any)
            {
                // T is object here: no conversion.
                target[count++] = System.Runtime.CompilerServices.Unsafe.As<object, T>(ref fact.Object);
            }
            else if (fact.Object is T typed)
            {
                target[count++] = typed;
            }
        }

        if (rented)
        {
            System.Buffers.ArrayPool<Fact?>.Shared.Return(ordered, clearArray: true);
        }

        return result;
    }

    public T? QueryFirst<T>()
        where T : class
    {
        ThrowIfDisposed();
        return _facts.First<T>();
    }
}
