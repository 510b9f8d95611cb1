namespace RoutingRules.Domain.Explain;

/// <summary>The facts of a trace, each described once; a fact is identified by reference (null is one entry too).</summary>
internal sealed class FactTable
{
    private readonly IdentityTable _positions = new(48);
    private int _nonePosition = -1;

    public List<TraceFact> Facts { get; } = new(48);

    public int[] PositionsOf(IReadOnlyList<object?> facts)
    {
        if (facts.Count == 0)
        {
            return [];
        }

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

        if (!_positions.TryGet(fact, out var position))
        {
            position = Add(fact);
            _positions.Add(fact, position);
        }

        return position;
    }

    private int Add(object? fact)
    {
        Facts.Add(FactDescriber.Describe(fact));
        return Facts.Count - 1;
    }
}
