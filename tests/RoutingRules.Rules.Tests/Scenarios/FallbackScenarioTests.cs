using RoutingRules.Domain.Model;
using RoutingRules.Domain.Routing;
using RoutingRules.Rules.Tests.Kit;

namespace RoutingRules.Rules.Tests.Scenarios;

/// <summary>
/// The fallback chain: backup -> default pool -> priority queue (capacity overflow) or escalation
/// (no territory); never no answer (DOMAIN.md §2.7, §4, §6).
/// </summary>
public sealed class FallbackScenarioTests
{
    private static readonly Lead Ajaccio = Leads.InFrance("ceo@ajaccio-mer.fr", "2A", "Corse", "Ajaccio", "20000");
    private static readonly RepWorkload Full = new() { OpenLeads = 60 };

    private static RoutingScenario CorsicaFullWithoutPool() => RoutingKit.Demo()
        .WithDataset(d => d with { Territories = d.Territories.Where(t => !t.IsDefaultPool).ToList() })
        .WithLive(l => l.SetWorkload("ae-corse-1", Full).SetWorkload("ae-sud-2", Full));

    [Fact]
    public void Route_EveryMemberExcluded_GoesToTerritoryBackupFlagged()
    {
        var scenario = RoutingKit.Demo().WithLive(l => l.SetWorkload("ae-corse-1", Full));

        scenario.Route(Ajaccio).AssignedTo("ae-sud-2").AtLevel(RoutingLevel.Backup).InTerritory("ter-corse")
            .Flagged(RoutingFlags.CapacityOverflow).Fired("Fallback.TerritoryBackup");
    }

    [Theory]
    [InlineData(10, "ae-sud-2")] // at the limit: still takes leads
    [InlineData(11, "default-pool")] // over it: excluded like a member would be
    public void Route_BackupWithOverdueFollowUps_TakesTheLeadOnlyUpToTheLimit(int overdue, string owner)
    {
        var scenario = RoutingKit.Demo().WithLive(l => l.SetWorkload("ae-corse-1", Full).SetWorkload("ae-sud-2", new RepWorkload { OverdueFollowUps = overdue }));

        var routed = scenario.Route(Ajaccio).Flagged(RoutingFlags.CapacityOverflow);

        Assert.Equal(owner, routed.Decision.Assignee.RepId ?? routed.Decision.Assignee.QueueName);
    }

    [Fact]
    public void Route_MembersAndBackupExcluded_GoesToDefaultPoolFlagged()
    {
        var scenario = RoutingKit.Demo().WithLive(l => l.SetWorkload("ae-corse-1", Full).SetWorkload("ae-sud-2", Full));

        scenario.Route(Ajaccio).AssignedToQueue("default-pool").AtLevel(RoutingLevel.DefaultPool)
            .Flagged(RoutingFlags.CapacityOverflow).Fired("Fallback.CapacityOverflowDefaultPool");
    }

    [Fact]
    public void Route_MembersAndBackupExcludedNoPool_WaitsInPriorityQueueFlagged()
    {
        var routed = CorsicaFullWithoutPool().Route(Ajaccio with { Score = 72, Source = LeadSource.Event }).AssignedToQueue("priority").AtLevel(RoutingLevel.PriorityQueue)
            .InTerritory("ter-corse").Flagged(RoutingFlags.CapacityOverflow).Fired("Fallback.CapacityOverflowPriorityQueue")
            .DidNotFire("Fallback.EscalationQueue");

        Assert.Equal(72, routed.Decision.LeadScore);
        Assert.Equal(LeadSource.Event, routed.Decision.Source);
    }

    [Fact]
    public void Route_MembersAndBackupExcludedWithPool_PoolBeforePriorityQueue()
    {
        var scenario = RoutingKit.Demo().WithLive(l => l.SetWorkload("ae-corse-1", Full).SetWorkload("ae-sud-2", Full));

        scenario.Route(Ajaccio).AssignedToQueue("default-pool").DidNotFire("Fallback.CapacityOverflowPriorityQueue");
    }

    [Fact]
    public void Route_PriorityQueueRenamedInPolicy_UsesThePolicyName()
    {
        var scenario = CorsicaFullWithoutPool().WithPolicy(p => p with { Queues = p.Queues with { PriorityQueue = "overflow-by-score" } });

        scenario.Route(Ajaccio).AssignedToQueue("overflow-by-score").AtLevel(RoutingLevel.PriorityQueue);
    }

    [Fact]
    public void Route_NoPoolAndNoPriorityQueue_CapacityOverflowGoesToEscalation()
    {
        var scenario = CorsicaFullWithoutPool().WithPolicy(p => p with { Queues = p.Queues with { PriorityQueue = "" } });

        scenario.Route(Ajaccio).AssignedToQueue("escalation").AtLevel(RoutingLevel.Escalation).InTerritory("ter-corse")
            .Fired("Fallback.CapacityOverflowEscalationQueue").DidNotFire("Fallback.CapacityOverflowPriorityQueue").DidNotFire("Fallback.EscalationQueue")
            .Flagged(RoutingFlags.CapacityOverflow);
    }

    [Fact]
    public void Route_PriorityQueueHoldingThreshold_RaisesCapacityAlert()
    {
        var threshold = RoutingKit.DemoDataset.Policy.Queues.QueueAlertThreshold;

        CorsicaFullWithoutPool().WithLive(l => l.SetQueueLength("priority", threshold))
            .Route(Ajaccio).AssignedToQueue("priority").Flagged(RoutingFlags.QueueCapacityAlert);
        CorsicaFullWithoutPool().WithLive(l => l.SetQueueLength("priority", threshold - 1))
            .Route(Ajaccio).AssignedToQueue("priority").NotFlagged(RoutingFlags.QueueCapacityAlert);
    }

    [Fact]
    public void Route_NoTerritoryAndNoPool_EscalationNotThePriorityQueue()
    {
        var scenario = RoutingKit.Demo().WithDataset(d => d with { Territories = d.Territories.Where(t => !t.IsDefaultPool).ToList() });

        scenario.Route(Leads.From("ceo@tokyo.example") with { Country = "JP", Score = 95 })
            .AssignedToQueue("escalation").DidNotFire("Fallback.CapacityOverflowPriorityQueue");
    }

    [Fact]
    public void Route_NoPoolConfigured_GoesToEscalationQueue()
    {
        var scenario = RoutingKit.Demo().WithDataset(d => d with { Territories = d.Territories.Where(t => !t.IsDefaultPool).ToList() });

        scenario.Route(Leads.From("ceo@tokyo.example") with { Country = "JP" })
            .AssignedToQueue("escalation").AtLevel(RoutingLevel.Escalation).Fired("Fallback.EscalationQueue")
            .NotFlagged(RoutingFlags.CapacityOverflow);
    }

    [Fact]
    public void Route_EmptyDataset_StillAnswersWithTheEscalationQueue()
    {
        RoutingKit.With(Dataset.Empty).Route(new Lead { Id = "bare" }).AssignedToQueue("escalation").AtLevel(RoutingLevel.Escalation);
    }

    [Fact]
    public void Route_SmallDatasetWithPool_OverflowGoesToPool()
    {
        var dataset = SmallDatasets.OneTerritory([SmallDatasets.Rep("only") with { Status = RepStatus.Away }], withPool: true);

        RoutingKit.With(dataset).Route(Leads.From("a@b-corp.fr") with { Country = "FR" })
            .Excluded("only", "not available").AssignedToQueue("default-pool").Flagged(RoutingFlags.CapacityOverflow);
    }

    [Fact]
    public void Route_QueueAboveAlertThreshold_RaisesCapacityAlert()
    {
        var scenario = RoutingKit.Demo().WithLive(l => l.SetQueueLength("default-pool", 25));

        scenario.Route(Leads.From("ceo@tokyo.example") with { Country = "JP" })
            .AssignedToQueue("default-pool").Flagged(RoutingFlags.QueueCapacityAlert);
    }

    [Fact]
    public void Route_QueueBelowAlertThreshold_RaisesNoAlert()
    {
        var scenario = RoutingKit.Demo().WithLive(l => l.SetQueueLength("default-pool", 3));

        scenario.Route(Leads.From("ceo@tokyo.example") with { Country = "JP" }).NotFlagged(RoutingFlags.QueueCapacityAlert);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-an-email")]
    [InlineData("@")]
    [InlineData("x@localhost")]
    public void Route_LeadWithOddData_IsNeverLeftWithoutAnOwner(string email)
    {
        var routed = RoutingKit.Demo().Route(new Lead { Id = "odd", Email = email, CompanyName = " ", TimeZone = "Not/AZone", Score = -5 });

        Assert.True(routed.Decision.Assignee.RepId is not null || routed.Decision.Assignee.QueueName is not null);
    }
}
