using System.Linq.Expressions;

namespace RoutingRules.Engine.Model;

/// <summary>Adds elements to one group of a rule's left-hand side.</summary>
internal sealed class GroupBuilder(RuleBuilder owner, GroupElement group) : ILeftHandSideExpression
{
    public ILeftHandSideExpression Match<T>(Expression<Func<T>> alias, params Expression<Func<T, bool>>[] conditions)
    {
        var declaration = owner.Declare(alias ?? throw owner.Error("Match() needs an alias"), typeof(T));
        group.Children.Add(new PatternElement(declaration, Checked(conditions)));
        return this;
    }

    public ILeftHandSideExpression Match<T>(params Expression<Func<T, bool>>[] conditions)
    {
        group.Children.Add(new PatternElement(owner.DeclareAnonymous(typeof(T)), Checked(conditions)));
        return this;
    }

    public ILeftHandSideExpression Not<T>(params Expression<Func<T, bool>>[] conditions)
    {
        var pattern = new PatternElement(owner.DeclareAnonymous(typeof(T)), Checked(conditions));
        group.Children.Add(new ExistentialElement(pattern, exists: false));
        return this;
    }

    public ILeftHandSideExpression Exists<T>(params Expression<Func<T, bool>>[] conditions)
    {
        var pattern = new PatternElement(owner.DeclareAnonymous(typeof(T)), Checked(conditions));
        group.Children.Add(new ExistentialElement(pattern, exists: true));
        return this;
    }

    public ILeftHandSideExpression All<T>(Expression<Func<T, bool>> baseCondition, params Expression<Func<T, bool>>[] conditions)
    {
        if (baseCondition is null || conditions is null || conditions.Length == 0)
        {
            throw owner.Error("All() needs a base condition and at least one condition");
        }

        // For all x matching base, conditions hold  <=>  no x matches base and fails the conditions.
        // The base stays a condition of its own so that an equality join in it is hashed.
        var x = baseCondition.Parameters[0];
        Expression all = Expression.Invoke(conditions[0], x);
        for (var i = 1; i < conditions.Length; i++)
        {
            all = Expression.AndAlso(all, Expression.Invoke(conditions[i], x));
        }

        var fails = Expression.Lambda<Func<T, bool>>(Expression.Not(all), x);
        var pattern = new PatternElement(owner.DeclareAnonymous(typeof(T)), [baseCondition, fails]);
        group.Children.Add(new ExistentialElement(pattern, exists: false));
        return this;
    }

    public ILeftHandSideExpression Or(Func<ILeftHandSideExpression, ILeftHandSideExpression> builder) => Group(builder, isOr: true);

    public ILeftHandSideExpression And(Func<ILeftHandSideExpression, ILeftHandSideExpression> builder) => Group(builder, isOr: false);

    public ILeftHandSideExpression Query<TResult>(Expression<Func<TResult>> alias, Func<IQuery, IQuery<TResult>> query)
    {
        var declaration = owner.Declare(alias ?? throw owner.Error("Query() needs an alias"), typeof(TResult));
        var spec = new QuerySpec();
        (query ?? throw owner.Error("Query() needs a query"))(new QueryBuilder(owner, spec));
        if (spec.Kind == AggregateKind.None)
        {
            throw owner.Error($"query '{declaration.Name}' must end with Collect() or GroupBy()");
        }

        group.Children.Add(new AggregateElement(declaration, spec));
        return this;
    }

    public ILeftHandSideExpression Let<TResult>(Expression<Func<TResult>> alias, Expression<Func<TResult>> expression)
    {
        var declaration = owner.Declare(alias ?? throw owner.Error("Let() needs an alias"), typeof(TResult));
        group.Children.Add(new LetElement(declaration, expression ?? throw owner.Error("Let() needs an expression")));
        return this;
    }

    public ILeftHandSideExpression Having(params Expression<Func<bool>>[] conditions)
    {
        foreach (var condition in Checked(conditions))
        {
            group.Children.Add(new HavingElement(condition));
        }

        return this;
    }

    private GroupBuilder Group(Func<ILeftHandSideExpression, ILeftHandSideExpression> builder, bool isOr)
    {
        var child = new GroupElement(isOr, []);
        (builder ?? throw owner.Error("a group needs a builder"))(new GroupBuilder(owner, child));
        if (child.Children.Count == 0)
        {
            throw owner.Error(isOr ? "Or() group is empty" : "And() group is empty");
        }

        group.Children.Add(child);
        return this;
    }

    private LambdaExpression[] Checked<TDelegate>(Expression<TDelegate>[]? conditions)
    {
        if (conditions is null)
        {
            return [];
        }

        foreach (var c in conditions)
        {
            if (c is null)
            {
                throw owner.Error("a condition is null");
            }
        }

        return conditions;
    }
}
