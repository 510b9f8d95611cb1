using System.Collections;

namespace RoutingRules.Domain.Explain;

/// <summary>
/// The facts of a freshly assembled trace, described when first read. Storing the trace writes
/// each description straight from the fact (<see cref="Binary.TraceBinary"/>), so the usual path
/// never builds these objects; programs and the renderer reading the list get them as before.
/// </summary>
internal sealed class DescribedFacts(List<object?> facts) : IReadOnlyList<TraceFact>
{
    // Made on first read: a trace that is only stored never reads a description.
    private TraceFact?[]? _described;

    /// <summary>The facts themselves, in order.</summary>
    public IReadOnlyList<object?> Raw => facts;

    public int Count => facts.Count;

    // A race describes a fact twice (or makes two arrays) and keeps either: the descriptions are equal.
    public TraceFact this[int index]
    {
        get
        {
            if (_described is null)
            {
                Interlocked.CompareExchange(ref _described, new TraceFact?[facts.Count], null);
            }

            return _described![index] ??= FactDescriber.Describe(facts[index]);
        }
    }

    public IEnumerator<TraceFact> GetEnumerator()
    {
        for (var i = 0; i < facts.Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
