using RoutingRules.Rules.Tests.Kit;

namespace RoutingRules.Rules.Tests.Explain;

/// <summary>
/// The explanation scenarios (fixed lead ids, the golden files' inputs), checked explicitly;
/// every other scenario test gets the same checks through the kit (<see cref="ExplanationCheck"/>).
/// </summary>
public sealed class ExplanationScenarioTests
{
    public static TheoryData<string> Scenarios => ExplainScenarios.Theory();

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Render_Ops_NamesTheDecidingRuleAndItsData(string scenario) =>
        ExplanationCheck.VerifyOps(ExplainScenarios.Route(scenario));

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Render_Rep_ExplainsWhyAndWhenInBothLocales(string scenario) =>
        ExplanationCheck.VerifyRep(ExplainScenarios.Route(scenario));
}
