using RoutingRules.Domain.Model;
using RoutingRules.Domain.Routing;
using RoutingRules.Rules.Tests.Kit;

namespace RoutingRules.Rules.Tests.Scenarios;

/// <summary>
/// SLA escalation (DOMAIN.md §5): a lead nobody acknowledged by its escalation time goes to the
/// territory's backup rep, else the holder's manager, else the escalation queue; never back to a
/// rep who held it. The Corsica lead goes to ae-corse-1 (backup ae-sud-2, manager mgr-fr).
/// </summary>
public sealed class EscalationScenarioTests
{
    private static readonly Lead Ajaccio = Leads.InFrance("ceo@ajaccio-mer.fr", "2A", "Corse", "Ajaccio", "20000");
    private static readonly RepWorkload Full = new() { OpenLeads = 60 };

    private static (RoutingScenario Scenario, RoutedLead Routed) RoutedThenOverdue()
    {
        var scenario = RoutingKit.Demo();
        var routed = scenario.Route(Ajaccio).AssignedTo("ae-corse-1");
        scenario.At(routed.Decision.EscalateAt.AddMinutes(1));
        return (scenario, routed);
    }

    [Fact]
    public void Escalate_Unacknowledged_TerritoryBackupTakesIt()
    {
        var (scenario, routed) = RoutedThenOverdue();

        var escalated = scenario.Escalate(routed).AssignedTo("ae-sud-2").AtLevel(RoutingLevel.SlaEscalation).InTerritory("ter-corse")
            .Flagged(RoutingFlags.SlaEscalated).Fired("Escalation.TerritoryBackup").DidNotFire("Escalation.Manager");

        Assert.Equal("Escalation.TerritoryBackup", escalated.Trace.Details!.DecidingRule);
        Assert.Contains("backup of Corse, takes it", escalated.Decision.Reason, StringComparison.Ordinal);
        Assert.True(escalated.Decision.EscalateAt > scenario.Now, "a fresh SLA from the escalation");
    }

    [Fact]
    public void Escalate_BackupAtItsCap_ManagerTakesIt()
    {
        var (scenario, routed) = RoutedThenOverdue();
        scenario.WithLive(l => l.SetWorkload("ae-sud-2", Full));

        scenario.Escalate(routed).AssignedTo("mgr-fr").Fired("Escalation.Manager").DidNotFire("Escalation.TerritoryBackup");
    }

    [Fact]
    public void Escalate_BackupHeldTheLeadBefore_ManagerTakesIt()
    {
        var (scenario, routed) = RoutedThenOverdue();

        scenario.Escalate(routed, "ae-sud-2").AssignedTo("mgr-fr").Fired("Escalation.Manager");
    }

    [Fact]
    public void Escalate_NeitherBackupNorManagerCanTakeIt_WaitsInTheEscalationQueue()
    {
        var (scenario, routed) = RoutedThenOverdue();
        scenario.WithRep("mgr-fr", r => r with { Status = RepStatus.Away }).WithLive(l => l.SetWorkload("ae-sud-2", Full));

        scenario.Escalate(routed).AssignedToQueue("escalation").AtLevel(RoutingLevel.SlaEscalation).Fired("Escalation.Queue");
    }

    [Fact]
    public void Escalate_EveryoneHeldItBefore_WaitsInTheEscalationQueue()
    {
        var (scenario, routed) = RoutedThenOverdue();

        scenario.Escalate(routed, "ae-sud-2", "mgr-fr").AssignedToQueue("escalation").Fired("Escalation.Queue");
    }

    [Fact]
    public void ChooseEscalation_RuleSetWithoutAQueueRule_StillAnswersWithTheEscalationQueue()
    {
        var scenario = RoutingKit.Demo();
        var routed = scenario.Route(Ajaccio);
        var router = RoutingRuleSet.Compile(r => r.Name != "Escalation.Queue").CreateRouter();
        var context = new RoutingContext(scenario.Snapshot, scenario.Live, routed.Decision.EscalateAt.AddMinutes(1));

        var choice = router.ChooseEscalation(routed.Decision, new HashSet<string> { "ae-sud-2", "mgr-fr" }, context);

        Assert.Equal("escalation", choice.Assignee.QueueName);
        Assert.Equal(RoutingRules.Domain.Routing.RuleBasedLeadRouter.NoEscalationRule, choice.Rule);
    }
}
