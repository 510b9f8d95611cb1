using RoutingRules.Rules;

namespace RoutingRules.Server.Routing;

/// <summary>ListRules over the compiled <see cref="RoutingRuleSet"/>, highest priority first.</summary>
internal sealed class RuleSetCatalog(RoutingRuleSet ruleSet) : IRuleCatalog
{
    public IReadOnlyList<RuleDescription> Rules { get; } = ruleSet.Rules
        .OrderByDescending(r => r.Priority)
        .ThenBy(r => r.Name, StringComparer.Ordinal)
        .Select(r => new RuleDescription(r.Name, r.Description, r.Tags, r.Priority))
        .ToList();
}
