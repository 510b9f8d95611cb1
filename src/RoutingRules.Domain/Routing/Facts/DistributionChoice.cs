using RoutingRules.Domain.Model;

namespace RoutingRules.Domain.Routing.Facts;

/// <summary>The rep a distribution strategy picked inside the chosen territory, and on what figures.</summary>
public sealed class DistributionChoice
{
    private readonly Func<string>? _describeInputs;
    private string? _inputs;

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

    private DistributionChoice(Candidate chosen, DistributionStrategy strategy, TerritoryCursor? cursor)
    {
        Chosen = chosen;
        Strategy = strategy;
        Cursor = cursor;
    }

    public Candidate Chosen { get; }
    public DistributionStrategy Strategy { get; }

    /// <summary>The figures compared, for the trace (e.g. "ae-1=12, ae-2=9").</summary>
    public string Inputs => DeferredText.Read(ref _inputs, _describeInputs);

    /// <summary>The territory's new round-robin position when the strategy rotates.</summary>
    public TerritoryCursor? Cursor { get; }

    public override string ToString() => $"{Strategy} picked {Chosen.RepId} [{Inputs}]";
}
