using System.Linq.Expressions;
using System.Reflection;
using RoutingRules.Engine.Model;
using RoutingRules.Engine.Rete;

namespace RoutingRules.Engine.Compilation;

/// <summary>Building the node of each kind of element.</summary>
internal sealed partial class NetworkBuilder
{
    private BetaNode BuildPattern(BranchContext context, PatternElement pattern, bool? exists)
    {
        var plan = JoinPlan.Create(pattern.Conditions.Select(c => context.Rewrite(c, "condition")));
        var memory = _alpha.MemoryFor(pattern.Type, plan.Alpha, context.Rule.Metadata);
        if (exists is null && context.Depth == 0)
        {
            var adapter = new AdapterNode();
            _alpha.AddConsumer(_alpha.Source(memory, stored: false, key: null, NewSlot), adapter);
            return adapter;
        }

        var (source, leftKey, tests) = JoinInputs(context, plan, memory, pattern.Type);
        var checkSelf = !plan.AllowsSelf && IsSelfJoinPossible(context, pattern.Type);
        var slot = NewSlot(leftKey != null);
        BetaNode node = exists is null
            ? new JoinNode(source, leftKey, tests, checkSelf) { Slot = slot }
            : new ExistentialNode(exists.Value, source, leftKey, tests, checkSelf) { Slot = slot };
        _alpha.AddConsumer(source, node);
        return node;
    }

    private AggregateNode BuildAggregate(BranchContext context, AggregateElement aggregate)
    {
        var query = aggregate.Query;
        var plan = JoinPlan.Create(query.SourceConditions.Select(c => context.Rewrite(c, "query condition")));
        var memory = _alpha.MemoryFor(query.SourceType, plan.Alpha, context.Rule.Metadata);
        var (source, leftKey, tests) = JoinInputs(context, plan, memory, query.SourceType);
        var spec = new AggregateSpec(
            $"query {aggregate.Declaration.Name}",
            query.Selector is null ? null : ElementFunction<object?>(context, query.Selector),
            [.. query.ElementFilters.Select(f => ElementFunction<bool>(context, f))],
            query.GroupKey is null ? null : ElementFunction<object?>(context, query.GroupKey),
            [.. query.ResultFilters.Select(f => ElementFunction<bool>(context, f))],
            query.Kind == AggregateKind.Collect ? CollectionFactory(query.ElementType) : null,
            query.Kind == AggregateKind.GroupBy ? GroupFactory(query.GroupKey!.ReturnType, query.ElementType) : null);
        var node = new AggregateNode(source, leftKey, tests, IsSelfJoinPossible(context, query.SourceType), spec)
        {
            Slot = NewSlot(leftKey != null),
        };
        _alpha.AddConsumer(source, node);
        return node;
    }

    private LetNode BuildLet(BranchContext context, LetElement let)
    {
        var lambda = context.Rewrite(let.Expression, "Let expression");
        var token = Expression.Parameter(typeof(Token), "token");
        var body = TokenBinder.Bind(lambda.Lambda.Body, context.Positions, token, context.Depth - 1);
        return new LetNode(_delegates.Get(Expression.Lambda<Func<Token, object?>>(TokenBinder.Box(body), token), lambda.Text));
    }

    private FilterNode BuildHaving(BranchContext context, HavingElement having)
    {
        var lambda = context.Rewrite(having.Condition, "Having condition");
        var token = Expression.Parameter(typeof(Token), "token");
        var body = TokenBinder.Bind(lambda.Lambda.Body, context.Positions, token, context.Depth - 1);
        return new FilterNode(_delegates.Get(Expression.Lambda<Func<Token, bool>>(body, token), lambda.Text));
    }

    private (RightSource Source, LazyDelegate<Func<Token, object?>>? LeftKey, LazyDelegate<Func<Token, object, bool>>[] Tests) JoinInputs(
        BranchContext context, JoinPlan plan, AlphaMemory memory, Type factType)
    {
        var token = Expression.Parameter(typeof(Token), "token");
        var leftPosition = context.Depth - 1;
        RightSource source;
        LazyDelegate<Func<Token, object?>>? leftKey = null;
        if (plan.HashKey is { } hash)
        {
            source = _alpha.Source(memory, stored: true, hash.Right, NewSlot);
            var left = TokenBinder.Bind(hash.Left, context.Positions, token, leftPosition);
            leftKey = _delegates.Get(Expression.Lambda<Func<Token, object?>>(TokenBinder.Box(left), token), hash.Text);
        }
        else
        {
            source = _alpha.Source(memory, stored: true, key: null, NewSlot);
        }

        var tests = plan.Tests.Select(test =>
        {
            var fact = Expression.Parameter(typeof(object), "fact");
            var body = TokenBinder.Bind(
                test.Lambda.Body, context.Positions, token, leftPosition,
                (test.Lambda.Parameters[0], Expression.Convert(fact, factType)));
            return _delegates.Get(Expression.Lambda<Func<Token, object, bool>>(body, token, fact), test.Text);
        }).ToArray();
        return (source, leftKey, tests);
    }

    private static bool IsSelfJoinPossible(BranchContext context, Type type) =>
        context.Positions.Keys.Any(d => d.Type.IsAssignableFrom(type) || type.IsAssignableFrom(d.Type));

    private static LazyDelegate<Func<object?, TResult>> ElementFunction<TResult>(BranchContext context, LambdaExpression lambda)
    {
        var rewritten = context.Rewrite(lambda, "query stage");
        if (rewritten.Uses.Length > 0)
        {
            throw new RuleDefinitionException(context.Rule.Name, $"query stage '{rewritten.Text}' may read only its element, not rule variables");
        }

        var element = Expression.Parameter(typeof(object), "element");
        var parameter = rewritten.Lambda.Parameters[0];
        var body = TokenBinder.Bind(
            rewritten.Lambda.Body, context.Positions, null, 0, (parameter, Expression.Convert(element, parameter.Type)));
        if (typeof(TResult) == typeof(object))
        {
            body = TokenBinder.Box(body);
        }

        return new(Expression.Lambda<Func<object?, TResult>>(body, element), rewritten.Text);
    }

    private static Func<ElementCollection> CollectionFactory(Type elementType) =>
        typeof(FactCollection<>).MakeGenericType(elementType)
            .GetMethod(nameof(FactCollection<object>.Create), BindingFlags.Public | BindingFlags.Static)!
            .CreateDelegate<Func<ElementCollection>>();

    private static Func<object?, ElementCollection> GroupFactory(Type keyType, Type elementType) =>
        typeof(FactGroup<,>).MakeGenericType(keyType, elementType)
            .GetMethod(nameof(FactGroup<object, object>.Create), BindingFlags.Public | BindingFlags.Static)!
            .CreateDelegate<Func<object?, ElementCollection>>();
}
