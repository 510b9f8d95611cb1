using RoutingRules.Engine.Rete;

namespace RoutingRules.Engine.Runtime;

/// <summary>Reading the working memory back, in insertion order.</summary>
internal sealed partial class Session
{
    public IReadOnlyList<T> Query<T>()
    {
        ThrowIfDisposed();
        // Fact numbers are dense unless many facts were retracted: placing each fact at its number
        // then reads them in insertion order without sorting (the gaps stay null).
        Fact?[] ordered;
        if (_factSequence <= 2 * _facts.Count + 16)
        {
            ordered = new Fact?[_factSequence];
            _facts.PlaceById(ordered);
        }
        else
        {
            var all = new Fact[_facts.Count];
            _facts.CopyTo(all);
            Array.Sort(all, static (a, b) => a.Id.CompareTo(b.Id));
            ordered = all;
        }

        var count = 0;
        foreach (var fact in ordered)
        {
            if (fact?.Object is T)
            {
                count++;
            }
        }

        var result = new T[count];
        count = 0;
        foreach (var fact in ordered)
        {
            if (fact?.Object is T typed)
            {
                result[count++] = typed;
            }
        }

        return result;
    }
}
