namespace RoutingRules.Engine;

/// <summary>A rule match: the rule and the facts bound to its variables.</summary>
public interface IMatch
{
    /// <summary>The matched rule.</summary>
    IRuleDefinition Rule { get; }

    /// <summary>The bound facts, in declaration order (computed on first access).</summary>
    IReadOnlyList<IFactMatch> Facts { get; }

    /// <summary>
    /// The values of <see cref="Facts"/>, in the same order, in a new array: for a listener that
    /// keeps them (a trace), without building a fact match per value.
    /// </summary>
    object?[] Values();
}
