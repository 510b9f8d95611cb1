using System.Linq.Expressions;
using RoutingRules.Engine.Model;

namespace RoutingRules.Engine.Compilation;

/// <summary>
/// How a pattern's conditions split: single-fact tests for the alpha network, at most one equality
/// between the fact and earlier variables for hashing, and the other join tests.
/// </summary>
internal sealed class JoinPlan
{
    private static readonly HashSet<Type> HashableTypes =
    [
        typeof(string), typeof(decimal), typeof(Guid), typeof(DateTime), typeof(DateTimeOffset), typeof(TimeSpan),
        typeof(DateOnly), typeof(TimeOnly), typeof(char), typeof(bool),
    ];

    public List<RewrittenLambda> Alpha { get; } = [];
    public List<RewrittenLambda> Tests { get; } = [];

    /// <summary>The right key as a lambda over the fact, and the left key over variables.</summary>
    public (LambdaExpression Right, Expression Left, string Text)? HashKey { get; private set; }

    public bool AllowsSelf { get; private set; }

    public static JoinPlan Create(IEnumerable<RewrittenLambda> conditions)
    {
        var plan = new JoinPlan();
        foreach (var condition in conditions)
        {
            // Authors write `r => r.AccountId == account.Id && r.RepId != null`: split on && so the
            // equality can be hashed. Only conjuncts preceded by single-fact ones move (to the alpha
            // network, or to the hash key); the rest keep the order of &&, so a guard still guards.
            var leading = true;
            foreach (var conjunct in Conjuncts(condition))
            {
                if (conjunct.Uses.Length == 0 && leading)
                {
                    plan.Alpha.Add(conjunct);
                    continue;
                }

                if (leading && plan.HashKey is null && TryHashKey(conjunct.Lambda, out var key))
                {
                    plan.HashKey = key;
                    leading = false;
                    continue;
                }

                leading = false;
                plan.AllowsSelf |= ComparesIdentity(conjunct);
                plan.Tests.Add(conjunct);
            }
        }

        return plan;
    }

    private static List<RewrittenLambda> Conjuncts(RewrittenLambda condition)
    {
        if (condition.Lambda.Body is not BinaryExpression { NodeType: ExpressionType.AndAlso })
        {
            return [condition];
        }

        var parts = new List<Expression>();
        Flatten(condition.Lambda.Body, parts);
        var conjuncts = new List<RewrittenLambda>(parts.Count);
        foreach (var part in parts)
        {
            var used = Parameters(part);
            conjuncts.Add(new RewrittenLambda(
                Expression.Lambda(part, condition.Lambda.Parameters),
                [.. condition.Uses.Where(d => used.Contains(d.Parameter))]));
        }

        return conjuncts;
    }

    private static void Flatten(Expression e, List<Expression> parts)
    {
        if (e is BinaryExpression { NodeType: ExpressionType.AndAlso, Method: null } and)
        {
            Flatten(and.Left, parts);
            Flatten(and.Right, parts);
        }
        else
        {
            parts.Add(e);
        }
    }

    private static bool TryHashKey(LambdaExpression lambda, out (LambdaExpression, Expression, string) key)
    {
        key = default;
        var fact = lambda.Parameters[0];
        if (lambda.Body is not BinaryExpression { NodeType: ExpressionType.Equal } equal || !IsHashable(equal.Left.Type) ||
            equal.Left.Type != equal.Right.Type || (equal.Method != null && !HashableTypes.Contains(equal.Left.Type)))
        {
            return false;
        }

        var leftUsesFact = Uses(equal.Left, fact);
        var rightUsesFact = Uses(equal.Right, fact);
        if (leftUsesFact == rightUsesFact)
        {
            return false;
        }

        var (factSide, variableSide) = leftUsesFact ? (equal.Left, equal.Right) : (equal.Right, equal.Left);
        if (!UsesAnyParameter(variableSide) || Parameters(factSide).Count != 1)
        {
            return false;
        }

        key = (Expression.Lambda(factSide, fact), variableSide, lambda.ToString());
        return true;
    }

    private static bool IsHashable(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t.IsPrimitive || t.IsEnum || HashableTypes.Contains(t);
    }

    private static bool ComparesIdentity(RewrittenLambda condition)
    {
        var fact = condition.Lambda.Parameters[0];
        var body = condition.Lambda.Body;
        return body switch
        {
            BinaryExpression { NodeType: ExpressionType.Equal } b => IsPair(b.Left, b.Right, fact),
            MethodCallExpression { Method.Name: "ReferenceEquals" or "Equals", Arguments.Count: 2 } m => IsPair(m.Arguments[0], m.Arguments[1], fact),
            MethodCallExpression { Method.Name: "Equals", Arguments.Count: 1, Object: not null } m => IsPair(m.Object, m.Arguments[0], fact),
            _ => false,
        };
    }

    private static bool IsPair(Expression a, Expression b, ParameterExpression fact)
    {
        a = Strip(a);
        b = Strip(b);
        return (a == fact && b is ParameterExpression && b != fact) || (b == fact && a is ParameterExpression && a != fact);
    }

    private static Expression Strip(Expression e) => e is UnaryExpression { NodeType: ExpressionType.Convert } u ? Strip(u.Operand) : e;

    private static bool Uses(Expression e, ParameterExpression parameter)
    {
        var finder = new ParameterFinder();
        finder.Visit(e);
        return finder.Found.Contains(parameter);
    }

    private static bool UsesAnyParameter(Expression e) => Parameters(e).Count > 0;

    private static HashSet<ParameterExpression> Parameters(Expression e)
    {
        var finder = new ParameterFinder();
        finder.Visit(e);
        return finder.Found;
    }

    private sealed class ParameterFinder : ExpressionVisitor
    {
        public HashSet<ParameterExpression> Found { get; } = [];

        protected override Expression VisitParameter(ParameterExpression node)
        {
            Found.Add(node);
            return node;
        }
    }
}
