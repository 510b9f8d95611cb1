using RoutingRules.Domain.Tests.Routing.Commit;
using RoutingRules.Server.Routing;

namespace RoutingRules.Server.Tests.Routing;

/// <summary>The one rule of <see cref="RoundRobinTestRouter"/>, for ListRules.</summary>
internal sealed class TestRuleCatalog : IRuleCatalog
{
    public IReadOnlyList<RuleDescription> Rules { get; } =
        [new RuleDescription("TestRoundRobin", "Next rep in rotation under the cap, else the default pool.", ["distribution", "test"], 10)];
}
