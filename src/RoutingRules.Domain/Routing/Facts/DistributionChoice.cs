using RoutingRules.Domain.Model;

namespace RoutingRules.Domain.Routing.Facts;

/// <summary>The rep a distribution strategy picked inside the chosen territory, and on what figures.</summary>
public sealed class DistributionChoice(Candidate chosen, DistributionStrategy strategy, string inputs, TerritoryCursor? cursor)
{
    public Candidate Chosen { get; } = chosen;
    public DistributionStrategy Strategy { get; } = strategy;

    /// <summary>The figures compared, for the trace (e.g. "ae-1=12, ae-2=9").</summary>
    public string Inputs { get; } = inputs;

    /// <summary>The territory's new round-robin position when the strategy rotates.</summary>
    public TerritoryCursor? Cursor { get; } = cursor;

    public override string ToString() => $"{Strategy} picked {Chosen.RepId} [{Inputs}]";
}
