using System.Linq.Expressions;
using RoutingRules.Engine.Model;
using RoutingRules.Engine.Rete;

namespace RoutingRules.Engine.Compilation;

/// <summary>
/// Compiles rule definitions into one network. Each Or-branch of a rule becomes a chain of beta
/// nodes ending in a terminal; alpha tests and right memories are shared between all chains.
/// </summary>
internal sealed partial class NetworkBuilder
{
    private readonly DelegateCache _delegates = new();
    private readonly AlphaBuilder _alpha;
    private readonly List<bool> _slots = [];
    private readonly List<BetaNode> _rootNodes = [];

    public NetworkBuilder()
    {
        _alpha = new AlphaBuilder(_delegates);
    }

    public void Add(RuleDefinition rule)
    {
        var rewriter = new DeclarationRewriter(rule);
        var actions = rule.Actions
            .Select(a => (Action: a, Body: rewriter.Rewrite(a.Expression), Update: a.Update is null ? null : rewriter.Rewrite(a.Update)))
            .ToList();
        foreach (var branch in Expand(rule.Lhs))
        {
            BuildBranch(rule, rewriter, branch, actions);
        }
    }

    public Network Build() => new(_alpha.Finish(), [.. _rootNodes], [.. _slots]);

    public void CompileDelegates() => _delegates.CompileAll();

    private int NewSlot(bool hashed)
    {
        _slots.Add(hashed);
        return _slots.Count - 1;
    }

    private static List<List<RuleElement>> Expand(GroupElement group)
    {
        if (group.IsOr)
        {
            var alternatives = new List<List<RuleElement>>();
            foreach (var child in group.Children)
            {
                alternatives.AddRange(child is GroupElement g ? Expand(g) : [[child]]);
            }

            return alternatives;
        }

        var result = new List<List<RuleElement>> { new() };
        foreach (var child in group.Children)
        {
            var options = child is GroupElement g ? Expand(g) : [[child]];
            result = result.SelectMany(prefix => options.Select(option => prefix.Concat(option).ToList())).ToList();
        }

        return result;
    }

    private void BuildBranch(
        RuleDefinition rule,
        DeclarationRewriter rewriter,
        List<RuleElement> elements,
        List<(ActionElement Action, RewrittenLambda Body, RewrittenLambda? Update)> actions)
    {
        var positions = new Dictionary<Declaration, int>();
        var context = new BranchContext(rule, rewriter, positions, elements);
        BetaNode? last = null;
        for (var depth = 0; depth < elements.Count; depth++)
        {
            context.Depth = depth;
            var (node, bound) = elements[depth] switch
            {
                PatternElement p => (BuildPattern(context, p, exists: null), p.Declaration),
                ExistentialElement e => (BuildPattern(context, e.Pattern, e.Exists), null),
                AggregateElement a => (BuildAggregate(context, a), a.Declaration),
                LetElement l => (BuildLet(context, l), l.Declaration),
                HavingElement h => (BuildHaving(context, h), (Declaration?)null),
                _ => throw new RuleDefinitionException(rule.Name, $"unsupported element {elements[depth].GetType().Name}"),
            };

            if (bound != null && positions.ContainsKey(bound))
            {
                throw new RuleDefinitionException(rule.Name, $"variable '{bound.Name}' is bound twice");
            }

            node.AddRule(rule.Metadata);
            if (last is null)
            {
                if (node is not AdapterNode)
                {
                    _rootNodes.Add(node);
                }
            }
            else
            {
                last.Child = node;
            }

            if (bound != null)
            {
                positions[bound] = depth;
            }

            last = node;
        }

        last!.Child = BuildTerminal(context, actions, elements.Count - 1);
    }

    private TerminalNode BuildTerminal(
        BranchContext context,
        List<(ActionElement Action, RewrittenLambda Body, RewrittenLambda? Update)> actions,
        int position)
    {
        var compiled = new List<CompiledAction>();
        var yields = 0;
        foreach (var (action, body, update) in actions)
        {
            context.CheckBound(body, "action");
            var ctx = body.Lambda.Parameters[0];
            var token = Expression.Parameter(typeof(Token), "token");
            var bound = TokenBinder.Bind(body.Lambda.Body, context.Positions, token, position);
            if (!action.IsYield)
            {
                var run = Expression.Lambda<Action<IContext, Token>>(bound, ctx, token);
                compiled.Add(new CompiledAction(body.Text, _delegates.Get(run, body.Text), null, null, -1));
                continue;
            }

            var create = Expression.Lambda<Func<IContext, Token, object>>(TokenBinder.Box(bound), ctx, token);
            LazyDelegate<Func<IContext, Token, object, object>>? updater = null;
            if (update != null)
            {
                context.CheckBound(update, "action");
                var previous = Expression.Parameter(typeof(object), "previous");
                var updateBody = TokenBinder.Bind(
                    update.Lambda.Body, context.Positions, token, position,
                    (update.Lambda.Parameters[0], ctx),
                    (update.Lambda.Parameters[1], Expression.Convert(previous, update.Lambda.Parameters[1].Type)));
                updater = _delegates.Get(Expression.Lambda<Func<IContext, Token, object, object>>(TokenBinder.Box(updateBody), ctx, token, previous), update.Text);
            }

            compiled.Add(new CompiledAction(body.Text, null, _delegates.Get(create, body.Text), updater, yields++));
        }

        var facts = context.Positions
            .Where(p => p.Key.Member != null)
            .OrderBy(p => p.Value)
            .Select(p => new FactPosition(p.Key, position - p.Value))
            .ToArray();
        var terminal = new TerminalNode(context.Rule.Metadata, [.. compiled], facts, yields);
        terminal.AddRule(context.Rule.Metadata);
        return terminal;
    }
}
