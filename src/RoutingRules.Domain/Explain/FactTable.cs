namespace RoutingRules.Domain.Explain;

/// <summary>The facts of a trace, each described once; a fact is identified by reference (null is one entry too).</summary>
/// <remarks>
/// The positions of the facts are looked up in this thread's reusable table: a trace is assembled
/// on one thread from start to end, and a table per trace was a kilobyte or two to collect.
/// </remarks>
internal sealed class FactTable : IDisposable
{
    /// <summary>The most facts a table the thread keeps has held (a trace has about a hundred).</summary>
    public const int MaxKept = 4096;

    [ThreadStatic]
    private static IdentityTable? t_positions;

    private readonly IdentityTable _positions;
    private readonly List<object?> _facts;
    private int _nonePosition = -1;

    /// <param name="expected">How many distinct facts are expected (a trace has about two per firing); the table grows past it.</param>
    public FactTable(int expected)
    {
        // Taken from the thread while in use, so a table is never shared by two traces.
        _positions = t_positions ?? new IdentityTable(Math.Max(expected, 128), reusable: true);
        t_positions = null;
        _facts = new List<object?>(expected);
    }

    /// <summary>The facts in the order of their first mention, described when read.</summary>
    public DescribedFacts Described() => new(_facts);

    /// <summary>Writes the positions of <paramref name="facts"/> at <paramref name="at"/>; returns the position after them.</summary>
    public int PositionsOf(ReadOnlySpan<object?> facts, int[] positions, int at)
    {
        foreach (var fact in facts)
        {
            positions[at++] = PositionOf(fact);
        }

        return at;
    }

    /// <summary>As <see cref="PositionsOf(ReadOnlySpan{object?}, int[], int)"/> for a firing's insertions, as the capture records them.</summary>
    public int PositionsOf(ReadOnlySpan<(object Fact, int Firing)> inserted, int[] positions, int at)
    {
        foreach (var (fact, _) in inserted)
        {
            positions[at++] = PositionOf(fact);
        }

        return at;
    }

    /// <summary>Gives the position table back to the thread, emptied; one grown by an unusually large trace is let go instead.</summary>
    public void Dispose()
    {
        if (_positions.Count <= MaxKept)
        {
            _positions.Clear();
            t_positions = _positions;
        }
    }

    private int PositionOf(object? fact)
    {
        if (fact is null)
        {
            return _nonePosition >= 0 ? _nonePosition : _nonePosition = Add(null);
        }

        if (!_positions.TryGet(fact, out var position))
        {
            position = Add(fact);
            _positions.Add(fact, position);
        }

        return position;
    }

    private int Add(object? fact)
    {
        _facts.Add(fact);
        return _facts.Count - 1;
    }
}
