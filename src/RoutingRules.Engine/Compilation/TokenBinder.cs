using System.Linq.Expressions;
using System.Reflection;
using RoutingRules.Engine.Model;
using RoutingRules.Engine.Rete;

namespace RoutingRules.Engine.Compilation;

/// <summary>
/// Turns declaration parameters into reads of a token chain: a variable bound at position k, read
/// from a token at position p, is p - k parent hops up. The hops are fixed at build time.
/// </summary>
internal static class TokenBinder
{
    private static readonly FieldInfo ParentField = typeof(Token).GetField(nameof(Token.Parent))!;
    private static readonly FieldInfo FactField = typeof(Token).GetField(nameof(Token.Fact))!;
    private static readonly FieldInfo ObjectField = typeof(Fact).GetField(nameof(Fact.Object))!;

    public static Expression Access(Expression token, int hops, Type type)
    {
        var current = token;
        for (var i = 0; i < hops; i++)
        {
            current = Expression.Field(current, ParentField);
        }

        return Expression.Convert(Expression.Field(Expression.Field(current, FactField), ObjectField), type);
    }

    /// <summary>Replaces declaration parameters and any extra parameter substitutions in a body.</summary>
    public static Expression Bind(
        Expression body,
        IReadOnlyDictionary<Declaration, int> positions,
        Expression? token,
        int tokenPosition,
        params (ParameterExpression Parameter, Expression Replacement)[] extra)
    {
        var map = new Dictionary<ParameterExpression, Expression>();
        foreach (var (parameter, replacement) in extra)
        {
            map[parameter] = replacement;
        }

        foreach (var (declaration, position) in positions)
        {
            if (token != null && position <= tokenPosition)
            {
                map[declaration.Parameter] = Access(token, tokenPosition - position, declaration.Type);
            }
        }

        return new Replacer(map).Visit(body);
    }

    public static Expression Box(Expression body) =>
        body.Type == typeof(object) ? body : Expression.Convert(body, typeof(object));

    private sealed class Replacer(Dictionary<ParameterExpression, Expression> map) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) =>
            map.TryGetValue(node, out var replacement) ? replacement : node;
    }
}
