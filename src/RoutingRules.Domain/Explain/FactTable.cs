namespace RoutingRules.Domain.Explain;

/// <summary>The facts of a trace, each described once; a fact is identified by reference (null is one entry too).</summary>
/// <param name="expected">How many distinct facts are expected (a trace has about two per firing); the table grows past it.</param>
internal sealed class FactTable(int expected)
{
    private readonly IdentityTable _positions = new(expected);
    private int _nonePosition = -1;

    private readonly List<object?> _facts = new(expected);

    /// <summary>The facts in the order of their first mention, described when read.</summary>
    public DescribedFacts Described() => new(_facts);

    public int[] PositionsOf(ReadOnlySpan<object?> facts)
    {
        if (facts.IsEmpty)
        {
            return [];
        }

        var positions = new int[facts.Length];
        for (var i = 0; i < positions.Length; i++)
        {
            positions[i] = PositionOf(facts[i]);
        }

        return positions;
    }

    /// <summary>The positions of the facts of <paramref name="inserted"/> (a firing's insertions, as the capture records them).</summary>
    public int[] PositionsOf(ReadOnlySpan<(object Fact, int Firing)> inserted)
    {
        if (inserted.IsEmpty)
        {
            return [];
        }

        var positions = new int[inserted.Length];
        for (var i = 0; i < positions.Length; i++)
        {
            positions[i] = PositionOf(inserted[i].Fact);
        }

        return positions;
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
