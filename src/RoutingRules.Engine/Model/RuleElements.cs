using System.Linq.Expressions;

namespace RoutingRules.Engine.Model;

/// <summary>An element of a rule's left-hand side.</summary>
internal abstract class RuleElement;

/// <summary>A fact pattern: Match, or the inner pattern of Not/Exists/All.</summary>
internal sealed class PatternElement(Declaration declaration, IReadOnlyList<LambdaExpression> conditions) : RuleElement
{
    public Declaration Declaration { get; } = declaration;
    public Type Type => Declaration.Type;
    public IReadOnlyList<LambdaExpression> Conditions { get; } = conditions;
}

/// <summary>Not (no matching fact) or Exists (at least one matching fact).</summary>
internal sealed class ExistentialElement(PatternElement pattern, bool exists) : RuleElement
{
    public PatternElement Pattern { get; } = pattern;
    public bool Exists { get; } = exists;
}

/// <summary>A group of elements: all must match (And) or any may match (Or).</summary>
internal sealed class GroupElement(bool isOr, List<RuleElement> children) : RuleElement
{
    public bool IsOr { get; } = isOr;
    public List<RuleElement> Children { get; } = children;
}

/// <summary>Binds a computed value.</summary>
internal sealed class LetElement(Declaration declaration, LambdaExpression expression) : RuleElement
{
    public Declaration Declaration { get; } = declaration;
    public LambdaExpression Expression { get; } = expression;
}

/// <summary>Filters the match on earlier variables.</summary>
internal sealed class HavingElement(LambdaExpression condition) : RuleElement
{
    public LambdaExpression Condition { get; } = condition;
}

/// <summary>An aggregating query bound to a variable.</summary>
internal sealed class AggregateElement(Declaration declaration, QuerySpec query) : RuleElement
{
    public Declaration Declaration { get; } = declaration;
    public QuerySpec Query { get; } = query;
}

/// <summary>An action: Do, or Yield of a linked fact.</summary>
internal sealed class ActionElement(LambdaExpression expression, LambdaExpression? update, bool isYield)
{
    public LambdaExpression Expression { get; } = expression;
    public LambdaExpression? Update { get; } = update;
    public bool IsYield { get; } = isYield;
}
