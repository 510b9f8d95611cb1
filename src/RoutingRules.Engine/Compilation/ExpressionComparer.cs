using System.Linq.Expressions;

namespace RoutingRules.Engine.Compilation;

/// <summary>
/// Structural equality of rewritten expressions, so identical conditions of different rules share
/// a node. Lambda parameters compare by position, constants by value; unknown shapes never match.
/// </summary>
internal sealed class ExpressionComparer : IEqualityComparer<LambdaExpression>
{
    public static readonly ExpressionComparer Instance = new();

    public bool Equals(LambdaExpression? x, LambdaExpression? y) =>
        ReferenceEquals(x, y) || (x != null && y != null && new Walk().Eq(x, y));

    public int GetHashCode(LambdaExpression obj) => Hash(obj);

    private static int Hash(Expression? e)
    {
        if (e is null)
        {
            return 0;
        }

        var h = HashCode.Combine(e.NodeType, e.Type);
        return e switch
        {
            ConstantExpression c => HashCode.Combine(h, c.Value),
            MemberExpression m => HashCode.Combine(h, m.Member.Name, Hash(m.Expression)),
            MethodCallExpression m => HashCode.Combine(h, m.Method.Name, Hash(m.Object), m.Arguments.Count > 0 ? Hash(m.Arguments[0]) : 0),
            BinaryExpression b => HashCode.Combine(h, Hash(b.Left), Hash(b.Right)),
            UnaryExpression u => HashCode.Combine(h, Hash(u.Operand)),
            LambdaExpression l => HashCode.Combine(h, l.Parameters.Count, Hash(l.Body)),
            _ => h,
        };
    }

    private sealed class Walk
    {
        private readonly List<(ParameterExpression X, ParameterExpression Y)> _parameters = [];

        public bool Eq(Expression? x, Expression? y)
        {
            if (ReferenceEquals(x, y))
            {
                return true;
            }

            if (x is null || y is null || x.NodeType != y.NodeType || x.Type != y.Type)
            {
                return false;
            }

            return (x, y) switch
            {
                (ConstantExpression a, ConstantExpression b) => Equals(a.Value, b.Value),
                (ParameterExpression a, ParameterExpression b) => SameParameter(a, b),
                (MemberExpression a, MemberExpression b) => a.Member == b.Member && Eq(a.Expression, b.Expression),
                (MethodCallExpression a, MethodCallExpression b) => a.Method == b.Method && Eq(a.Object, b.Object) && All(a.Arguments, b.Arguments),
                (BinaryExpression a, BinaryExpression b) => a.Method == b.Method && a.IsLiftedToNull == b.IsLiftedToNull &&
                    Eq(a.Left, b.Left) && Eq(a.Right, b.Right) && Eq(a.Conversion, b.Conversion),
                (UnaryExpression a, UnaryExpression b) => a.Method == b.Method && Eq(a.Operand, b.Operand),
                (ConditionalExpression a, ConditionalExpression b) => Eq(a.Test, b.Test) && Eq(a.IfTrue, b.IfTrue) && Eq(a.IfFalse, b.IfFalse),
                (TypeBinaryExpression a, TypeBinaryExpression b) => a.TypeOperand == b.TypeOperand && Eq(a.Expression, b.Expression),
                (NewExpression a, NewExpression b) => a.Constructor == b.Constructor && All(a.Arguments, b.Arguments),
                (NewArrayExpression a, NewArrayExpression b) => All(a.Expressions, b.Expressions),
                (InvocationExpression a, InvocationExpression b) => Eq(a.Expression, b.Expression) && All(a.Arguments, b.Arguments),
                (LambdaExpression a, LambdaExpression b) => Lambda(a, b),
                _ => false,
            };
        }

        private bool Lambda(LambdaExpression a, LambdaExpression b)
        {
            if (a.Parameters.Count != b.Parameters.Count)
            {
                return false;
            }

            var mark = _parameters.Count;
            for (var i = 0; i < a.Parameters.Count; i++)
            {
                if (a.Parameters[i].Type != b.Parameters[i].Type)
                {
                    return false;
                }

                _parameters.Add((a.Parameters[i], b.Parameters[i]));
            }

            var equal = Eq(a.Body, b.Body);
            _parameters.RemoveRange(mark, _parameters.Count - mark);
            return equal;
        }

        private bool SameParameter(ParameterExpression a, ParameterExpression b)
        {
            for (var i = _parameters.Count - 1; i >= 0; i--)
            {
                if (ReferenceEquals(_parameters[i].X, a))
                {
                    return ReferenceEquals(_parameters[i].Y, b);
                }
            }

            return ReferenceEquals(a, b);
        }

        private bool All(IReadOnlyList<Expression> a, IReadOnlyList<Expression> b)
        {
            if (a.Count != b.Count)
            {
                return false;
            }

            for (var i = 0; i < a.Count; i++)
            {
                if (!Eq(a[i], b[i]))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
