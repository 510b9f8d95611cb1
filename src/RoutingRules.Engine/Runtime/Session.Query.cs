using RoutingRules.Engine.Rete;

namespace RoutingRules.Engine.Runtime;

/// <summary>Reading the working memory back, in insertion order.</summary>
internal sealed partial class Session
{
    public IReadOnlyList<T> Query<T>()
    {
        var all = new Fact[_facts.Count];
        _facts.CopyTo(all);

        // Fact numbers are dense unless many facts were retracted: placing each by its number then
        // reads them in insertion order without sorting.
        if (_factSequence <= 2 * all.Length + 16)
        {
            var byId = new Fact?[_factSequence];
            foreach (var fact in all)
            {
                byId[fact.Id - 1] = fact;
            }

            var next = 0;
            foreach (var fact in byId)
            {
                if (fact != null)
                {
                    all[next++] = fact;
                }
            }
        }
        else
        {
            Array.Sort(all, static (a, b) => a.Id.CompareTo(b.Id));
        }

        var count = 0;
        foreach (var fact in all)
        {
            if (fact.Object is T)
            {
                count++;
            }
        }

        var result = new T[count];
        count = 0;
        foreach (var fact in all)
        {
            if (fact.Object is T typed)
            {
                result[count++] = typed;
            }
        }

        return result;
    }
}
