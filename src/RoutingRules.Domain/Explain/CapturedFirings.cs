using System.Collections;

namespace RoutingRules.Domain.Explain;

/// <summary>
/// The firings of a freshly assembled trace: every firing's matched and inserted positions in one
/// array, made into <see cref="TraceFiring"/> records when first read. Storing the trace writes
/// the positions straight from the array (<see cref="Binary.TraceBinary"/>), so the usual path
/// never builds a record and two arrays per firing.
/// </summary>
/// <param name="rules">The rule of each firing, in order.</param>
/// <param name="positions">Each firing's matched positions, then its inserted ones, firing after firing.</param>
/// <param name="bounds">Where firing i's matched positions start (2i), its inserted ones start (2i + 1) and end (2i + 2).</param>
internal sealed class CapturedFirings(IReadOnlyList<string> rules, int[] positions, int[] bounds) : IReadOnlyList<TraceFiring>
{
    // Made on first read: a trace that is only stored never reads a record.
    private TraceFiring?[]? _firings;

    public int Count => rules.Count;

    public string Rule(int index) => rules[index];

    public ReadOnlySpan<int> Matched(int index) => positions.AsSpan(bounds[2 * index], bounds[(2 * index) + 1] - bounds[2 * index]);

    public ReadOnlySpan<int> Inserted(int index) => positions.AsSpan(bounds[(2 * index) + 1], bounds[(2 * index) + 2] - bounds[(2 * index) + 1]);

    // A race makes a record twice (or two arrays) and keeps either: the records are equal.
    public TraceFiring this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Count, nameof(index));
            if (_firings is null)
            {
                Interlocked.CompareExchange(ref _firings, new TraceFiring?[Count], null);
            }

            return _firings![index] ??= new TraceFiring(index + 1, rules[index], Matched(index).ToArray(), Inserted(index).ToArray());
        }
    }

    public IEnumerator<TraceFiring> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
