using RoutingRules.Engine.Model;

namespace RoutingRules.Engine.Rete;

/// <summary>What every node knows for error reporting: the rules that use it.</summary>
internal abstract class NetworkNode
{
    private readonly List<IRuleDefinition> _rules = [];

    public IReadOnlyList<IRuleDefinition> Rules => _rules;

    public void AddRule(RuleMetadata rule)
    {
        if (!_rules.Contains(rule))
        {
            _rules.Add(rule);
        }
    }
}
