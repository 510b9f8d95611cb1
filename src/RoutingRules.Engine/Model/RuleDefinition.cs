namespace RoutingRules.Engine.Model;

/// <summary>A rule as defined: metadata, the left-hand side tree, the actions.</summary>
internal sealed class RuleDefinition(
    RuleMetadata metadata,
    GroupElement lhs,
    IReadOnlyList<Declaration> declarations,
    IReadOnlyList<ActionElement> actions)
{
    public RuleMetadata Metadata { get; } = metadata;
    public GroupElement Lhs { get; } = lhs;
    public IReadOnlyList<Declaration> Declarations { get; } = declarations;
    public IReadOnlyList<ActionElement> Actions { get; } = actions;
    public string Name => Metadata.Name;
}
