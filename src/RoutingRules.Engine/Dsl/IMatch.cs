namespace RoutingRules.Engine;

/// <summary>A rule match: the rule and the facts bound to its variables.</summary>
public interface IMatch
{
    /// <summary>The matched rule.</summary>
    IRuleDefinition Rule { get; }

    /// <summary>The bound facts, in declaration order (computed on first access).</summary>
    IReadOnlyList<IFactMatch> Facts { get; }
}
