using System.Linq.Expressions;
using System.Reflection;

namespace RoutingRules.Engine.Model;

/// <summary>A rule variable: what a pattern, a query or a Let binds.</summary>
internal sealed class Declaration(string name, Type type, MemberInfo? member)
{
    public string Name { get; } = name;
    public Type Type { get; } = type;

    /// <summary>The captured field the DSL lambdas read; null for anonymous patterns.</summary>
    public MemberInfo? Member { get; } = member;

    /// <summary>Stands for the variable in rewritten expressions until the network binds it to a token position.</summary>
    public ParameterExpression Parameter { get; } = Expression.Parameter(type, name);

    public override string ToString() => Name;
}
