using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using RoutingRules.Engine.Model;

namespace RoutingRules.Engine.Compilation;

/// <summary>
/// Rewrites a DSL lambda: reads of bound variables become the declarations' parameters, other
/// captured variables become constants (their values are fixed once Define() returns).
/// </summary>
internal sealed class DeclarationRewriter(RuleDefinition rule) : ExpressionVisitor
{
    private readonly Dictionary<MemberInfo, Declaration> _byMember = rule.Declarations
        .Where(d => d.Member != null).ToDictionary(d => d.Member!);

    private readonly List<Declaration> _used = [];

    public RewrittenLambda Rewrite(LambdaExpression lambda)
    {
        _used.Clear();
        var body = Visit(lambda.Body);
        return new RewrittenLambda(Expression.Lambda(body, lambda.Parameters), [.. _used]);
    }

    protected override Expression VisitMember(MemberExpression node)
    {
        if (_byMember.TryGetValue(node.Member, out var declaration))
        {
            if (!_used.Contains(declaration))
            {
                _used.Add(declaration);
            }

            return declaration.Parameter;
        }

        if (node.Expression is MemberExpression { Expression: ConstantExpression, Member: FieldInfo field } inner &&
            !_byMember.ContainsKey(field))
        {
            ThrowIfUnbound(inner, field);
        }

        if (node.Expression is ConstantExpression constant && node.Member is FieldInfo captured)
        {
            return Expression.Constant(captured.GetValue(constant.Value), captured.FieldType);
        }

        return base.VisitMember(node);
    }

    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        if (node.Object is MemberExpression { Expression: ConstantExpression, Member: FieldInfo field } inner &&
            !_byMember.ContainsKey(field))
        {
            ThrowIfUnbound(inner, field);
        }

        return base.VisitMethodCall(node);
    }

    /// <summary>A captured local still null when dereferenced was meant to be bound by the rule and never was.</summary>
    private void ThrowIfUnbound(MemberExpression access, FieldInfo field)
    {
        var owner = ((ConstantExpression)access.Expression!).Value;
        if (field.DeclaringType?.IsDefined(typeof(CompilerGeneratedAttribute)) == true &&
            !field.FieldType.IsValueType && field.GetValue(owner) is null)
        {
            throw new RuleDefinitionException(rule.Name, $"variable '{field.Name}' is used but never bound by Match, Query or Let");
        }
    }
}
