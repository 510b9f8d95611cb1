namespace RoutingRules.Domain.Explain;

/// <summary>
/// The firings of a captured trace, described on first read (when the trace is stored or
/// rendered) rather than while routing: describing every matched fact is most of what a trace
/// costs, and the facts are immutable, so describing them later gives the same text.
/// </summary>
internal sealed class DeferredFirings(Func<List<TraceFiring>> describe) : IReadOnlyList<TraceFiring>
{
    private readonly Lazy<List<TraceFiring>> _firings = new(describe, LazyThreadSafetyMode.ExecutionAndPublication);

    public int Count => _firings.Value.Count;

    public TraceFiring this[int index] => _firings.Value[index];

    public IEnumerator<TraceFiring> GetEnumerator() => _firings.Value.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
