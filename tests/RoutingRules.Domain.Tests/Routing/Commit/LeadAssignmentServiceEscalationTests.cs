using RoutingRules.Domain.Explain.Binary;
using RoutingRules.Domain.Model;
using RoutingRules.Domain.Policy;
using RoutingRules.Domain.Routing;
using RoutingRules.Domain.Routing.Commit;
using RoutingRules.Domain.Snapshot;

namespace RoutingRules.Domain.Tests.Routing.Commit;

/// <summary>EscalateDueAsync: unacknowledged leads past their escalation time go to the backup, the manager or the escalation queue, like a reroute.</summary>
public sealed class LeadAssignmentServiceEscalationTests
{
    private static readonly DateTimeOffset Noon = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset PastEscalation = Noon.AddHours(9);

    [Fact]
    public async Task EscalateDueAsync_UnacknowledgedPastEscalation_BackupTakesItLikeAReroute()
    {
        var log = new InMemoryDecisionLog();
        var clock = new ManualTimeProvider(Noon);
        using var service = Start(log, clock);
        var first = await service.AssignAsync(new AssignmentRequest(Lead("L1", "rep-a")));
        clock.Now = PastEscalation;

        var escalated = await service.EscalateDueAsync();

        Assert.Equal(1, escalated);
        var now = service.ReadState(s => s.ActiveForLead("L1"))!;
        Assert.Equal("bk", now.Decision.Assignee.RepId);
        Assert.Equal(RoutingLevel.SlaEscalation, now.Decision.Level);
        Assert.Equal(RoutingFlags.SlaEscalated | RoutingFlags.HighAccountActivity, now.Decision.Flags);
        Assert.Equal(first.Decision.DecisionId, now.SupersedesDecisionId);
        Assert.Equal(PastEscalation, now.DecidedAt);
        Assert.Equal(PastEscalation.AddHours(4), now.Decision.RespondBy);
        Assert.Equal(PastEscalation.AddHours(8), now.Decision.EscalateAt);
        Assert.Null(now.AcknowledgedAt);
        Assert.StartsWith("escalated: no response from Rep A (rep-a) by 2026-03-02 20:00 UTC; Backup (bk), backup of Territory one", now.Decision.Reason, StringComparison.Ordinal);
        Assert.Equal(0, service.ReadState(s => s.WorkloadOf("rep-a").OpenLeads));
        Assert.Equal(1, service.ReadState(s => s.WorkloadOf("bk").OpenLeads));
        Assert.Equal([first.Decision.DecisionId, now.DecisionId], service.History("L1").Select(d => d.DecisionId));
        Assert.Equal(now.DecisionId, (await service.AssignAsync(new AssignmentRequest(Lead("L1", "rep-a")))).Decision.DecisionId);
        var trace = TraceBinary.Decode(log.TraceOf(now.DecisionId));
        Assert.Equal("Escalation.TerritoryBackup", trace.Details!.DecidingRule);
        Assert.Equal("rep-a", trace.Details.Facts.Single()["previousRep"]);
    }

    [Fact]
    public async Task EscalateDueAsync_Escalated_TheOriginalRequestReplaysAndAChangedLeadIsRefused()
    {
        var clock = new ManualTimeProvider(Noon);
        using var service = Start(new InMemoryDecisionLog(), clock);
        await service.AssignAsync(new AssignmentRequest(Lead("L1", "rep-a")));
        clock.Now = PastEscalation;
        await service.EscalateDueAsync();
        var escalated = service.ReadState(s => s.ActiveForLead("L1"))!;

        var replay = await service.AssignAsync(new AssignmentRequest(Lead("L1", "rep-a")));

        Assert.Equal(escalated.DecisionId, replay.Decision.DecisionId);
        var changed = await Assert.ThrowsAsync<LeadChangedException>(
            () => service.AssignAsync(new AssignmentRequest(Lead("L1", "rep-a") with { Score = 99 })));
        Assert.Equal(escalated.DecisionId, changed.DecisionId);
    }

    [Fact]
    public async Task EscalateDueAsync_Acknowledged_NotEscalated()
    {
        var clock = new ManualTimeProvider(Noon);
        using var service = Start(new InMemoryDecisionLog(), clock);
        var first = await service.AssignAsync(new AssignmentRequest(Lead("L1", "rep-a")));
        await service.AcknowledgeAsync(new AcknowledgementRequest("L1", "rep-a"));
        clock.Now = PastEscalation;

        Assert.Equal(0, await service.EscalateDueAsync());
        Assert.Equal(first.Decision.DecisionId, service.ReadState(s => s.ActiveForLead("L1"))!.DecisionId);
    }

    /// <summary>A lead converted, lost, disqualified or sent to nurture was acted on: nobody takes it over for want of an acknowledgement.</summary>
    [Theory]
    [InlineData(LeadOutcome.Converted)]
    [InlineData(LeadOutcome.ClosedLost)]
    [InlineData(LeadOutcome.Disqualified)]
    [InlineData(LeadOutcome.Nurture)]
    public async Task EscalateDueAsync_ClosedOutcome_NotEscalated(LeadOutcome outcome)
    {
        var clock = new ManualTimeProvider(Noon);
        using var service = Start(new InMemoryDecisionLog(), clock);
        var first = await service.AssignAsync(new AssignmentRequest(Lead("L1", "rep-a")));
        await service.RecordOutcomeAsync(new OutcomeRequest("L1", outcome));
        clock.Now = PastEscalation;

        Assert.Equal(0, await service.EscalateDueAsync());
        Assert.Equal(first.Decision.DecisionId, service.ReadState(s => s.ActiveForLead("L1"))!.DecisionId);
    }

    /// <summary>An open outcome (a CRM may report every new lead open) holds nothing off.</summary>
    [Fact]
    public async Task EscalateDueAsync_OpenOutcome_StillEscalated()
    {
        var clock = new ManualTimeProvider(Noon);
        using var service = Start(new InMemoryDecisionLog(), clock);
        await service.AssignAsync(new AssignmentRequest(Lead("L1", "rep-a")));
        await service.RecordOutcomeAsync(new OutcomeRequest("L1", LeadOutcome.Open));
        clock.Now = PastEscalation;

        Assert.Equal(1, await service.EscalateDueAsync());
        Assert.Equal("bk", service.ReadState(s => s.ActiveForLead("L1"))!.Decision.Assignee.RepId);
    }

    /// <summary>
    /// Reopened, an unacknowledged lead is under its SLA again: escalated once by the next sweep, both
    /// when a sweep had passed it over meanwhile and when none had (its first schedule entry still held).
    /// </summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task EscalateDueAsync_ClosedThenReopened_EscalatedOnce(bool sweptWhileClosed)
    {
        var log = new InMemoryDecisionLog();
        var clock = new ManualTimeProvider(Noon);
        using var service = Start(log, clock);
        var first = await service.AssignAsync(new AssignmentRequest(Lead("L1", "rep-a")));
        await service.RecordOutcomeAsync(new OutcomeRequest("L1", LeadOutcome.ClosedLost));
        clock.Now = PastEscalation;
        if (sweptWhileClosed)
        {
            Assert.Equal(0, await service.EscalateDueAsync());
        }

        await service.RecordOutcomeAsync(new OutcomeRequest("L1", LeadOutcome.Open));

        Assert.Equal(1, await service.EscalateDueAsync());
        Assert.Equal(0, await service.EscalateDueAsync());
        Assert.Equal([first.Decision.DecisionId, service.ReadState(s => s.ActiveForLead("L1"))!.DecisionId], service.History("L1").Select(d => d.DecisionId));
    }

    [Fact]
    public async Task EscalateDueAsync_AcknowledgedAfterTheSweepReadIt_NotEscalated()
    {
        var log = new InMemoryDecisionLog();
        var clock = new ManualTimeProvider(Noon);
        using var service = Start(log, clock);
        var first = await service.AssignAsync(new AssignmentRequest(Lead("L1", "rep-a")));
        clock.Now = PastEscalation;
        // The sweep has found the lead due and reads its trace when the rep acknowledges it.
        log.BeforeFind = _ => service.AcknowledgeAsync(new AcknowledgementRequest("L1")).GetAwaiter().GetResult();

        Assert.Equal(0, await service.EscalateDueAsync());
        Assert.Equal(first.Decision.DecisionId, service.ReadState(s => s.ActiveForLead("L1"))!.DecisionId);
        Assert.Single(service.History("L1"));
    }

    [Fact]
    public async Task EscalateDueAsync_BeforeEscalationTime_NotEscalated()
    {
        var clock = new ManualTimeProvider(Noon);
        using var service = Start(new InMemoryDecisionLog(), clock);
        await service.AssignAsync(new AssignmentRequest(Lead("L1", "rep-a")));
        clock.Now = Noon.AddHours(8).AddSeconds(-1);

        Assert.Equal(0, await service.EscalateDueAsync());
        Assert.Equal("rep-a", service.ReadState(s => s.ActiveForLead("L1"))!.Decision.Assignee.RepId);
    }

    [Theory]
    [InlineData(RepStatus.InMeeting, 0, false)]
    [InlineData(RepStatus.Available, 50, false)]
    [InlineData(RepStatus.Available, 0, true)]
    public async Task EscalateDueAsync_BackupCannotTakeIt_ManagerDoes(RepStatus status, int openLeads, bool absent)
    {
        var clock = new ManualTimeProvider(Noon);
        using var service = Start(new InMemoryDecisionLog(), clock, backup: r => r with
        {
            Status = status,
            Workload = new RepWorkload { OpenLeads = openLeads },
            Absences = absent ? [new AbsencePeriod(Noon.AddDays(-1), Noon.AddDays(2))] : [],
        });
        await service.AssignAsync(new AssignmentRequest(Lead("L1", "rep-a")));
        clock.Now = PastEscalation;

        Assert.Equal(1, await service.EscalateDueAsync());

        var now = service.ReadState(s => s.ActiveForLead("L1"))!;
        Assert.Equal("mgr", now.Decision.Assignee.RepId);
        Assert.Contains("Manager (mgr), the manager, takes it", now.Decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EscalateDueAsync_NeitherBackupNorManager_EscalationQueueAndNeverAgain()
    {
        var clock = new ManualTimeProvider(Noon);
        using var service = Start(new InMemoryDecisionLog(), clock, backup: r => r with { Status = RepStatus.Away }, manager: r => r with { Departed = true });
        await service.AssignAsync(new AssignmentRequest(Lead("L1", "rep-a")));
        clock.Now = PastEscalation;

        Assert.Equal(1, await service.EscalateDueAsync());
        clock.Now = PastEscalation.AddDays(30);
        Assert.Equal(0, await service.EscalateDueAsync());

        var now = service.ReadState(s => s.ActiveForLead("L1"))!;
        Assert.Equal("escalation", now.Decision.Assignee.QueueName);
        Assert.Equal(1, service.ReadState(s => s.QueueLength("escalation")));
        Assert.Equal(0, service.ReadState(s => s.WorkloadOf("rep-a").OpenLeads));
        Assert.Equal(2, service.History("L1").Count);
    }

    [Fact]
    public async Task EscalateDueAsync_NobodyResponds_BackupThenManagerThenQueueThenStops()
    {
        var clock = new ManualTimeProvider(Noon);
        using var service = Start(new InMemoryDecisionLog(), clock);
        await service.AssignAsync(new AssignmentRequest(Lead("L1", "rep-a")));

        var holders = new List<string?>();
        for (var round = 1; round <= 5; round++)
        {
            clock.Now = Noon.AddHours(9 * round);
            await service.EscalateDueAsync();
            holders.Add(service.ReadState(s => s.ActiveForLead("L1"))!.Decision.Assignee is var a ? a.RepId ?? a.QueueName : null);
        }

        // The backup's manager is the manager again, who never reports to anyone: the queue ends it.
        Assert.Equal(["bk", "mgr", "escalation", "escalation", "escalation"], holders);
        Assert.Equal(4, service.History("L1").Count);
    }

    [Fact]
    public async Task EscalateDueAsync_QueuedLead_NeverEscalated()
    {
        var clock = new ManualTimeProvider(Noon);
        using var service = Start(new InMemoryDecisionLog(), clock);
        await service.AssignAsync(new AssignmentRequest(new Lead { Id = "Q1", Email = "q1@example.com" }));
        clock.Now = PastEscalation;

        Assert.Equal(0, await service.EscalateDueAsync());
        Assert.Equal(NamedRepTestRouter.Queue, service.ReadState(s => s.ActiveForLead("Q1"))!.Decision.Assignee.QueueName);
    }

    [Fact]
    public async Task EscalateDueAsync_PolicyOff_NothingEscalated()
    {
        var clock = new ManualTimeProvider(Noon);
        using var service = Start(new InMemoryDecisionLog(), clock, policy: RoutingPolicy.Default with { Sla = new SlaPolicy { AutoEscalation = false } });
        await service.AssignAsync(new AssignmentRequest(Lead("L1", "rep-a")));
        clock.Now = PastEscalation;

        Assert.Equal(0, await service.EscalateDueAsync());
        Assert.Equal("rep-a", service.ReadState(s => s.ActiveForLead("L1"))!.Decision.Assignee.RepId);
    }

    [Fact]
    public async Task EscalateDueAsync_BackupCapReachedByEarlierEscalations_NextOnesGoToTheManager()
    {
        var clock = new ManualTimeProvider(Noon);
        using var service = Start(new InMemoryDecisionLog(), clock, backup: r => r with { OpenLeadsCap = 2 });
        for (var i = 0; i < 5; i++)
        {
            await service.AssignAsync(new AssignmentRequest(Lead($"L{i}", "rep-a")));
        }

        clock.Now = PastEscalation;

        Assert.Equal(5, await service.EscalateDueAsync());
        Assert.Equal(2, service.ReadState(s => s.WorkloadOf("bk").OpenLeads));
        Assert.Equal(3, service.ReadState(s => s.WorkloadOf("mgr").OpenLeads));
        Assert.Equal(0, service.ReadState(s => s.WorkloadOf("rep-a").OpenLeads));
    }

    [Fact]
    public async Task EscalateDueAsync_UnderConcurrentRouting_OneDecisionPerLeadAndCountersMatchTheLog()
    {
        var log = new InMemoryDecisionLog();
        var clock = new ManualTimeProvider(Noon);
        using var service = Start(log, clock, backup: r => r with { OpenLeadsCap = 30 });
        for (var i = 0; i < 100; i++)
        {
            await service.AssignAsync(new AssignmentRequest(Lead($"old-{i}", i % 2 == 0 ? "rep-a" : "rep-b")));
        }

        clock.Now = PastEscalation;
        var routing = Enumerable.Range(0, 8).Select(c => Task.Run(async () =>
        {
            for (var i = 0; i < 50; i++)
            {
                // New leads, reroutes and acknowledgements of the old ones, while the sweeps escalate.
                await service.AssignAsync(new AssignmentRequest(Lead($"new-{c}-{i}", i % 3 == 0 ? "rep-b" : "rep-a")));
                // The lead as first sent: a replay must repeat it (a changed lead is refused).
                var old = (c * 12) + (i % 12);
                await service.AssignAsync(new AssignmentRequest(Lead($"old-{old}", old % 2 == 0 ? "rep-a" : "rep-b"), Reroute: i % 5 == 0));
                try
                {
                    await service.AcknowledgeAsync(new AcknowledgementRequest($"old-{(c * 12) + (i % 7)}"));
                }
                catch (NotAssigneeException)
                {
                }
            }
        })).ToList();
        var sweeps = Task.Run(async () =>
        {
            for (var i = 0; i < 20; i++)
            {
                await service.EscalateDueAsync();
            }
        });
        await Task.WhenAll([.. routing, sweeps]);
        await service.EscalateDueAsync();

        var stored = log.Load(Noon.AddDays(-1));
        var live = service.ReadState(s => (Active: s.ActiveDecisions.ToList(), Counters: new[] { "rep-a", "rep-b", "bk", "mgr" }.ToDictionary(r => r, s.CountersOf)));
        Assert.Equal(stored.ActiveDecisions.Count, stored.ActiveDecisions.Select(d => d.LeadId).Distinct().Count());
        Assert.Equal(stored.ActiveDecisions.Select(d => d.DecisionId).Order(), live.Active.Select(d => d.DecisionId).Order());
        foreach (var (rep, counters) in live.Counters)
        {
            Assert.Equal(stored.RepCounters.GetValueOrDefault(rep)?.OpenLeads ?? 0, counters.OpenLeads);
            Assert.Equal(stored.ActiveDecisions.Count(d => d.Decision.Assignee.RepId == rep), counters.OpenLeads);
        }

        // The backup only ever gets escalations, never past its cap; the manager takes the rest.
        Assert.InRange(live.Counters["bk"].OpenLeads, 1, 30);
        Assert.Contains(stored.ActiveDecisions, d => d.Decision.Assignee.RepId == "mgr");
        Assert.DoesNotContain(stored.ActiveDecisions, d => d.Decision.EscalateAt <= clock.Now && d.AcknowledgedAt is null && d.Decision.Assignee.RepId is not null);
    }

    internal static Lead Lead(string id, string rep) => new() { Id = id, Email = $"{id}@example.com", CompanyName = rep };

    private static LeadAssignmentService Start(
        IDecisionLog log, TimeProvider clock, Func<Rep, Rep>? backup = null, Func<Rep, Rep>? manager = null, RoutingPolicy? policy = null)
    {
        var dataset = Dataset.Empty with
        {
            Reps =
            [
                new Rep { Id = "rep-a", Name = "Rep A", ManagerId = "mgr" },
                new Rep { Id = "rep-b", Name = "Rep B", ManagerId = "mgr" },
                (backup ?? (r => r))(new Rep { Id = "bk", Name = "Backup", ManagerId = "mgr" }),
                (manager ?? (r => r))(new Rep { Id = "mgr", Name = "Manager", Role = RepRole.Manager }),
            ],
            Territories = [new Territory { Id = NamedRepTestRouter.Territory, Name = "Territory one", MemberRepIds = ["rep-a", "rep-b"], BackupRepId = "bk" }],
            Policy = policy ?? RoutingPolicy.Default,
        };
        var service = new LeadAssignmentService(new NamedRepTestRouter(), new SnapshotHolder(ReferenceSnapshot.Build(dataset)), log, time: clock);
        service.Start();
        return service;
    }
}
