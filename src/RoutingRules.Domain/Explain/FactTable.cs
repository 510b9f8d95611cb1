namespace RoutingRules.Domain.Explain;

/// <summary>The facts of a trace, each described once; a fact is identified by reference (null is one entry too).</summary>
internal sealed class FactTable
{
    private readonly Dictionary<object, int> _positions = new(ReferenceEqualityComparer.Instance);
    private int _nonePosition = -1;

    public List<TraceFact> Facts { get; } = [];

    public int[] PositionsOf(IReadOnlyList<object?> facts)
    {
        var positions = new int[facts.Count];
        for (var i = 0; i < positions.Length; i++)
        {
            positions[i] = PositionOf(facts[i]);
        }

        return positions;
    }

    private int PositionOf(object? fact)
    {
        if (fact is null)
        {
            return _nonePosition >= 0 ? _nonePosition : _nonePosition = Add(null);
        }

        if (!_positions.TryGetValue(fact, out var position))
        {
            _positions[fact] = position = Add(fact);
        }

        return position;
    }

    private int Add(object? fact)
    {
        Facts.Add(FactDescriber.Describe(fact));
        return Facts.Count - 1;
    }
}
