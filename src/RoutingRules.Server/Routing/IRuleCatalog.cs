namespace RoutingRules.Server.Routing;

/// <summary>The rules of the compiled rule set, for ListRules; registered beside the <c>ILeadRouter</c> they make up.</summary>
internal interface IRuleCatalog
{
    IReadOnlyList<RuleDescription> Rules { get; }
}
