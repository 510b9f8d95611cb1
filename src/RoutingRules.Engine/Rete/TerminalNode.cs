using RoutingRules.Engine.Model;

namespace RoutingRules.Engine.Rete;

/// <summary>The end of one rule (or one Or-branch of it): full matches become activations.</summary>
internal sealed class TerminalNode(RuleMetadata rule, CompiledAction[] actions, FactPosition[] positions, int yieldCount) : BetaNode
{
    public RuleMetadata Rule { get; } = rule;
    public CompiledAction[] Actions { get; } = actions;
    public FactPosition[] Positions { get; } = positions;
    public int YieldCount { get; } = yieldCount;

    public override void LeftAssert(Session session, Token token) => session.OnMatch(this, token);

    public override void LeftRetract(Session session, Token token) => session.OnUnmatch(token);
}
