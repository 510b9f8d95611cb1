using RoutingRules.Domain.Model;

namespace RoutingRules.Domain.Routing.Facts;

/// <summary>The rep a distribution strategy picked inside the chosen territory, and on what figures.</summary>
public sealed class DistributionChoice
{
    private readonly Func<string>? _describeInputs;
    private readonly Func<DistributionFigures>? _compare;
    private string? _inputs;
    private DistributionFigures? _figures;

    public DistributionChoice(Candidate chosen, DistributionStrategy strategy, string inputs, TerritoryCursor? cursor)
        : this(chosen, strategy, cursor)
    {
        _inputs = inputs;
    }

    /// <summary>
    /// A choice whose figures are written out only when first read: the trace reads them once the
    /// decision is made, off the routing thread, so the numbers are not formatted while routing.
    /// </summary>
    /// <param name="describeInputs">Writes <see cref="Inputs"/>; must give the same text whenever it is called.</param>
    public DistributionChoice(Candidate chosen, DistributionStrategy strategy, Func<string> describeInputs, TerritoryCursor? cursor)
        : this(chosen, strategy, cursor)
    {
        _describeInputs = describeInputs ?? throw new ArgumentNullException(nameof(describeInputs));
    }

    /// <summary>
    /// A choice made on figures, gathered only when first read (by the trace, off the routing
    /// thread); <see cref="Inputs"/> is their plain description.
    /// </summary>
    /// <param name="compare">Gathers <see cref="Figures"/>; must give the same figures whenever it is called.</param>
    public DistributionChoice(Candidate chosen, DistributionStrategy strategy, Func<DistributionFigures> compare, TerritoryCursor? cursor)
        : this(chosen, strategy, cursor)
    {
        _compare = compare ?? throw new ArgumentNullException(nameof(compare));
        _describeInputs = () => Figures!.Describe();
    }

    private DistributionChoice(Candidate chosen, DistributionStrategy strategy, TerritoryCursor? cursor)
    {
        Chosen = chosen;
        Strategy = strategy;
        Cursor = cursor;
    }

    public Candidate Chosen { get; }
    public DistributionStrategy Strategy { get; }

    /// <summary>The figures compared, in plain words, for the trace (e.g. "ae-1: workload 12; ae-2: workload 9").</summary>
    public string Inputs => DeferredText.Read(ref _inputs, _describeInputs);

    /// <summary>The figures compared, as numbers; null for a choice that made none (single member, rotation) or gave only a text.</summary>
    public DistributionFigures? Figures
    {
        get
        {
            if (_compare is null || Volatile.Read(ref _figures) is { } gathered)
            {
                return _figures;
            }

            // Two readers may both gather: the figures are the same, and either copy will do.
            gathered = _compare();
            Volatile.Write(ref _figures, gathered);
            return gathered;
        }
    }

    /// <summary>The territory's new round-robin position when the strategy rotates (the small-deal pool's, for a choice of the pool).</summary>
    public TerritoryCursor? Cursor { get; }

    /// <summary>
    /// The small-deal pool's rotation made the choice (DOMAIN.md §5), not the territory's strategy:
    /// its position is the pool's (<see cref="TerritoryMatch.SmallDealPoolCursor"/>), and the reason says so.
    /// </summary>
    public bool SmallDealPool { get; init; }

    /// <summary>The rotation's position before the choice: the pool's for a choice of the pool, else the territory's.</summary>
    public long CursorBefore => SmallDealPool ? Chosen.Territory.Match.SmallDealPoolCursor : Chosen.Territory.Match.Cursor;

    public override string ToString() => $"{Strategy} picked {Chosen.RepId} [{Inputs}]";
}
