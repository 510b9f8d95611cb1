using System.Linq.Expressions;
using RoutingRules.Engine.Model;
using RoutingRules.Engine.Rete;

namespace RoutingRules.Engine.Compilation;

/// <summary>
/// Builds the shared alpha network: one tree per fact type, one node per distinct test under a
/// parent, one memory per distinct path, one right source per (memory, storage, key).
/// </summary>
internal sealed class AlphaBuilder(DelegateCache delegates)
{
    private readonly Dictionary<Type, AlphaNode> _typeRoots = [];
    private readonly Dictionary<AlphaNode, List<AlphaNode>> _children = [];
    private readonly Dictionary<AlphaNode, Dictionary<LambdaExpression, AlphaNode>> _byTest = [];
    private readonly Dictionary<AlphaMemory, List<RightSource>> _sources = [];
    private readonly Dictionary<RightSource, List<BetaNode>> _consumers = [];

    public AlphaMemory MemoryFor(Type type, IEnumerable<RewrittenLambda> tests, RuleMetadata rule)
    {
        if (!_typeRoots.TryGetValue(type, out var node))
        {
            node = new AlphaNode(type, null);
            _typeRoots.Add(type, node);
        }

        node.AddRule(rule);
        foreach (var test in tests)
        {
            if (!_byTest.TryGetValue(node, out var byTest))
            {
                byTest = new Dictionary<LambdaExpression, AlphaNode>(ExpressionComparer.Instance);
                _byTest.Add(node, byTest);
            }

            if (!byTest.TryGetValue(test.Lambda, out var child))
            {
                child = new AlphaNode(type, Compile(test.Lambda, type, test.Text));
                byTest.Add(test.Lambda, child);
                Children(node).Add(child);
            }

            child.AddRule(rule);
            node = child;
        }

        return node.Memory ??= new AlphaMemory();
    }

    public RightSource Source(AlphaMemory memory, bool stored, LambdaExpression? key, Func<bool, int> newSlot)
    {
        if (!_sources.TryGetValue(memory, out var sources))
        {
            sources = [];
            _sources.Add(memory, sources);
        }

        foreach (var existing in sources)
        {
            if (existing.Stored == stored && (key is null
                    ? existing.KeyExpression is null
                    : existing.KeyExpression != null && ExpressionComparer.Instance.Equals(existing.KeyExpression, key)))
            {
                return existing;
            }
        }

        LazyDelegate<Func<object, object?>>? compiledKey = null;
        if (key != null)
        {
            var fact = Expression.Parameter(typeof(object), "fact");
            var parameter = key.Parameters[0];
            var body = TokenBinder.Bind(key.Body, new Dictionary<Declaration, int>(), null, 0, (parameter, Expression.Convert(fact, parameter.Type)));
            compiledKey = delegates.Get(Expression.Lambda<Func<object, object?>>(TokenBinder.Box(body), fact), key.ToString());
        }

        var source = new RightSource(stored ? newSlot(key != null) : -1, stored, key, compiledKey);
        sources.Add(source);
        _consumers.Add(source, []);
        return source;
    }

    public void AddConsumer(RightSource source, BetaNode consumer) => _consumers[source].Add(consumer);

    public AlphaNode[] Finish()
    {
        foreach (var (node, children) in _children)
        {
            node.Children = [.. children];
        }

        foreach (var (memory, sources) in _sources)
        {
            memory.Sources = [.. sources];
        }

        foreach (var (source, consumers) in _consumers)
        {
            source.Consumers = [.. consumers];
        }

        return [.. _typeRoots.Values];
    }

    private List<AlphaNode> Children(AlphaNode node)
    {
        if (!_children.TryGetValue(node, out var children))
        {
            children = [];
            _children.Add(node, children);
        }

        return children;
    }

    private LazyDelegate<Func<object, bool>> Compile(LambdaExpression test, Type type, string text)
    {
        var fact = Expression.Parameter(typeof(object), "fact");
        var body = TokenBinder.Bind(test.Body, new Dictionary<Declaration, int>(), null, 0, (test.Parameters[0], Expression.Convert(fact, type)));
        return delegates.Get(Expression.Lambda<Func<object, bool>>(body, fact), text);
    }
}
