namespace RoutingRules.Server.Routing;

/// <summary>What ListRules shows of one loaded rule.</summary>
internal sealed record RuleDescription(string Name, string Description, IReadOnlyList<string> Tags, int Priority);
