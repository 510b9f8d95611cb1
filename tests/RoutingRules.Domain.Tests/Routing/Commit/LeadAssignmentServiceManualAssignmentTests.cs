using RoutingRules.Domain.Explain.Binary;
using RoutingRules.Domain.Model;
using RoutingRules.Domain.Policy;
using RoutingRules.Domain.Routing;
using RoutingRules.Domain.Routing.Commit;
using RoutingRules.Domain.Routing.Manual;
using RoutingRules.Domain.Snapshot;

namespace RoutingRules.Domain.Tests.Routing.Commit;

/// <summary>
/// AssignManuallyAsync: ops hand a lead to a rep; the new decision supersedes the one in force like an
/// escalation (counters, queue length, history), durably, and is refused when the rep cannot take it.
/// </summary>
public sealed class LeadAssignmentServiceManualAssignmentTests
{
    private static readonly DateTimeOffset Noon = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Later = Noon.AddHours(1);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task AssignManuallyAsync_LeadHeldByARep_SupersedesItAndMovesTheOpenLead()
    {
        var log = new InMemoryDecisionLog();
        var clock = new ManualTimeProvider(Noon);
        using var service = Start(log, clock);
        var first = await service.AssignAsync(new AssignmentRequest(Lead("L1", "rep-a")));
        clock.Now = Later;

        var result = await service.AssignManuallyAsync(new ManualAssignmentRequest("L1", "rep-b", "customer asked for Bea", "jane.ops"));

        Assert.False(result.Replay);
        var now = service.ReadState(s => s.ActiveForLead("L1"))!;
        Assert.Equal(result.Decision.DecisionId, now.DecisionId);
        Assert.Equal("rep-b", now.Decision.Assignee.RepId);
        Assert.Equal(RoutingLevel.Manual, now.Decision.Level);
        // The lead's own flags stay; the time-zone mismatch was the previous rep's.
        Assert.Equal(RoutingFlags.ManualAssignment | RoutingFlags.HighAccountActivity, now.Decision.Flags);
        Assert.Equal(first.Decision.DecisionId, now.SupersedesDecisionId);
        Assert.Equal((NamedRepTestRouter.Territory, Treatment.SdrQualification), (now.Decision.TerritoryId, now.Decision.Treatment));
        Assert.Equal("assigned by hand to Rep B (rep-b) by jane.ops: customer asked for Bea", now.Decision.Reason);
        // A fresh SLA from now: this test router's trace names no lead type, so its own delays again.
        Assert.Equal((Later.AddHours(4), Later.AddHours(8)), (now.Decision.RespondBy, now.Decision.EscalateAt));
        Assert.Null(now.AcknowledgedAt);
        Assert.Equal((0, 1), service.ReadState(s => (s.WorkloadOf("rep-a").OpenLeads, s.WorkloadOf("rep-b").OpenLeads)));
        Assert.Equal([first.Decision.DecisionId, now.DecisionId], service.History("L1").Select(d => d.DecisionId));
        Assert.Equal(now.DecisionId, (await service.AssignAsync(new AssignmentRequest(Lead("L1", "rep-a")))).Decision.DecisionId);
        var fact = TraceBinary.Decode(log.TraceOf(now.DecisionId)).Details!.Facts.Single();
        Assert.Equal(
            (ManualAssigner.FactType, "jane.ops", "customer asked for Bea", "rep-a", "Rep A", "", first.Decision.DecisionId),
            (fact.Type, fact["assignedBy"], fact["reason"], fact["previousRep"], fact["previousRepName"], fact["previousQueue"], fact["previousDecision"]));
    }

    /// <summary>DOMAIN.md §6 counts the leads waiting in a queue: one taken by a rep leaves it, in memory and in the log.</summary>
    [Fact]
    public async Task AssignManuallyAsync_LeadWaitingInAQueue_LeavesTheQueueAndIsFlaggedTakenFromIt()
    {
        var log = new InMemoryDecisionLog();
        using (var service = Start(log, new ManualTimeProvider(Noon)))
        {
            await service.AssignAsync(new AssignmentRequest(Queued("Q1")));
            await service.AssignAsync(new AssignmentRequest(Queued("Q2")));
            Assert.Equal(2, service.ReadState(s => s.QueueLength(NamedRepTestRouter.Queue)));

            var result = await service.AssignManuallyAsync(new ManualAssignmentRequest("Q1", "rep-a", "reviewed: a Paris prospect"));

            Assert.Equal(RoutingFlags.ManualAssignment | RoutingFlags.TakenFromQueue | RoutingFlags.HighAccountActivity, result.Decision.Decision.Flags);
            Assert.Equal("assigned by hand to Rep A (rep-a): reviewed: a Paris prospect", result.Decision.Decision.Reason);
            Assert.Equal(1, service.ReadState(s => s.QueueLength(NamedRepTestRouter.Queue)));
            Assert.Equal(["Q2"], service.ReadState(s => s.WaitingIn(NamedRepTestRouter.Queue).Select(d => d.LeadId).ToList()));
            Assert.Equal(1, service.ReadState(s => s.WorkloadOf("rep-a").OpenLeads));
        }

        Assert.Equal(1, log.Load(Noon.AddYears(-1)).QueueLengths[NamedRepTestRouter.Queue]);
    }

    /// <summary>A lead someone took up left the queue's length with its acknowledgement: taking it by hand does not count it out again.</summary>
    [Fact]
    public async Task AssignManuallyAsync_QueueLeadTakenUpBefore_QueueLengthCountedOutOnce()
    {
        using var service = Start(new InMemoryDecisionLog(), new ManualTimeProvider(Noon));
        await service.AssignAsync(new AssignmentRequest(Queued("Q1")));
        await service.AssignAsync(new AssignmentRequest(Queued("Q2")));
        await service.AcknowledgeAsync(new AcknowledgementRequest("Q1"));

        await service.AssignManuallyAsync(new ManualAssignmentRequest("Q1", "rep-a", "taken up by Rep A"));

        Assert.Equal(1, service.ReadState(s => s.QueueLength(NamedRepTestRouter.Queue)));
    }

    [Fact]
    public async Task AssignManuallyAsync_SameAssignmentAgain_ReplaysItAndWritesNothing()
    {
        var log = new InMemoryDecisionLog();
        using var service = Start(log, new ManualTimeProvider(Noon));
        await service.AssignAsync(new AssignmentRequest(Lead("L1", "rep-a")));
        var request = new ManualAssignmentRequest("L1", "rep-b", "customer asked for Bea", "jane.ops");
        var assigned = await service.AssignManuallyAsync(request);
        var stored = log.All.Count;

        var again = await service.AssignManuallyAsync(request);
        var otherReason = await service.AssignManuallyAsync(request with { Reason = "Bea knows the buyer" });

        Assert.True(again.Replay);
        Assert.Equal(assigned.Decision.DecisionId, again.Decision.DecisionId);
        Assert.False(otherReason.Replay);
        Assert.Equal(stored + 1, log.All.Count);
        Assert.Equal(assigned.Decision.DecisionId, otherReason.Decision.SupersedesDecisionId);
        Assert.Equal(1, service.ReadState(s => s.WorkloadOf("rep-b").OpenLeads));
    }

    [Theory]
    [InlineData(1, null)]
    [InlineData(null, 1)]
    public async Task AssignManuallyAsync_RepAtTheirCap_RefusedSayingWhyAndNothingChanges(int? ownCap, int? policyCap)
    {
        var log = new InMemoryDecisionLog();
        var policy = RoutingPolicy.Default with { Capacity = RoutingPolicy.Default.Capacity with { OpenLeadsCap = policyCap ?? 50 } };
        using var service = Start(log, new ManualTimeProvider(Noon), repB: r => r with { OpenLeadsCap = ownCap }, policy: policy);
        var first = await service.AssignAsync(new AssignmentRequest(Lead("L1", "rep-a")));
        await service.AssignAsync(new AssignmentRequest(Lead("L2", "rep-b")));
        var stored = log.All.Count;

        var refused = await Assert.ThrowsAsync<ManualAssignmentRefusedException>(
            () => service.AssignManuallyAsync(new ManualAssignmentRequest("L1", "rep-b", "customer asked for Bea")));

        Assert.Contains($"they have 1 open lead, at or over {(ownCap is null ? "the policy's" : "their own")} cap of 1", refused.Message, StringComparison.Ordinal);
        Assert.Equal(stored, log.All.Count);
        Assert.Equal(first.Decision.DecisionId, service.ReadState(s => s.ActiveForLead("L1"))!.DecisionId);
        Assert.Equal((1, 1), service.ReadState(s => (s.WorkloadOf("rep-a").OpenLeads, s.WorkloadOf("rep-b").OpenLeads)));
    }

    /// <summary>Given the lead back by hand, a rep at their cap gives it back as they take it: no cap is exceeded.</summary>
    [Fact]
    public async Task AssignManuallyAsync_RepAtTheirCapWhoHoldsTheLead_Allowed()
    {
        using var service = Start(new InMemoryDecisionLog(), new ManualTimeProvider(Noon), repB: r => r with { OpenLeadsCap = 1 });
        await service.AssignAsync(new AssignmentRequest(Lead("L1", "rep-b")));

        var result = await service.AssignManuallyAsync(new ManualAssignmentRequest("L1", "rep-b", "pinned to Bea"));

        Assert.Equal(RoutingLevel.Manual, result.Decision.Decision.Level);
        Assert.Equal(1, service.ReadState(s => s.WorkloadOf("rep-b").OpenLeads));
    }

    [Theory]
    [InlineData(true, false, RepStatus.Available, "they have left the company")]
    [InlineData(false, true, RepStatus.Available, "they are absent")]
    [InlineData(false, false, RepStatus.InMeeting, null)]
    [InlineData(false, false, RepStatus.Away, null)]
    public async Task AssignManuallyAsync_RepStatus_DepartedAndAbsentRefusedAMeetingOverridden(bool departed, bool absent, RepStatus status, string? refusal)
    {
        using var service = Start(new InMemoryDecisionLog(), new ManualTimeProvider(Noon), repB: r => r with
        {
            Departed = departed,
            Status = status,
            Absences = absent ? [new AbsencePeriod(Noon.AddDays(-1), Noon.AddDays(2))] : [],
        });
        await service.AssignAsync(new AssignmentRequest(Lead("L1", "rep-a")));

        var assign = service.AssignManuallyAsync(new ManualAssignmentRequest("L1", "rep-b", "customer asked for Bea"));

        if (refusal is null)
        {
            Assert.Equal("rep-b", (await assign).Decision.Decision.Assignee.RepId);
        }
        else
        {
            Assert.Contains(refusal, (await Assert.ThrowsAsync<ManualAssignmentRefusedException>(() => assign)).Message, StringComparison.Ordinal);
            Assert.Equal("rep-a", service.ReadState(s => s.ActiveForLead("L1"))!.Decision.Assignee.RepId);
        }
    }

    [Fact]
    public async Task AssignManuallyAsync_UnknownLeadOrRep_NotFoundAndNothingChanges()
    {
        var log = new InMemoryDecisionLog();
        using var service = Start(log, new ManualTimeProvider(Noon));
        await service.AssignAsync(new AssignmentRequest(Lead("L1", "rep-a")));

        var lead = await Assert.ThrowsAsync<LeadNotFoundException>(() => service.AssignManuallyAsync(new ManualAssignmentRequest("nobody", "rep-b", "x")));
        var rep = await Assert.ThrowsAsync<RepNotFoundException>(() => service.AssignManuallyAsync(new ManualAssignmentRequest("L1", "rep-z", "x")));

        Assert.Equal(("nobody", "rep-z"), (lead.LeadId, rep.RepId));
        Assert.Single(log.All);
    }

    [Fact]
    public async Task AssignManuallyAsync_Acknowledged_StoredAcknowledgedInTheSameCommitAndNeverEscalated()
    {
        var log = new InMemoryDecisionLog();
        var clock = new ManualTimeProvider(Noon);
        using var service = Start(log, clock);
        await service.AssignAsync(new AssignmentRequest(Lead("L1", "rep-a")));
        var commits = log.CommitCount;
        clock.Now = Later;

        var result = await service.AssignManuallyAsync(new ManualAssignmentRequest("L1", "rep-b", "Bea calls back now", Acknowledged: true));

        Assert.Equal(Later, result.Decision.AcknowledgedAt);
        Assert.Equal(Later, log.AcknowledgedDecisions[result.Decision.DecisionId]);
        Assert.Equal(commits + 1, log.CommitCount);
        clock.Now = Later.AddDays(30);
        Assert.Equal(0, await service.EscalateDueAsync());
        Assert.Equal(result.Decision.DecisionId, service.ReadState(s => s.ActiveForLead("L1"))!.DecisionId);
    }

    [Fact]
    public async Task AssignManuallyAsync_NotAcknowledged_EscalatedWhenDueLikeAnyAssignment()
    {
        var clock = new ManualTimeProvider(Noon);
        using var service = Start(new InMemoryDecisionLog(), clock);
        await service.AssignAsync(new AssignmentRequest(Lead("L1", "rep-a")));
        var manual = await service.AssignManuallyAsync(new ManualAssignmentRequest("L1", "rep-b", "customer asked for Bea"));
        clock.Now = Noon.AddHours(9);

        Assert.Equal(1, await service.EscalateDueAsync());

        var now = service.ReadState(s => s.ActiveForLead("L1"))!;
        Assert.Equal(("bk", manual.Decision.DecisionId), (now.Decision.Assignee.RepId, now.SupersedesDecisionId));
    }

    [Fact]
    public async Task AssignManuallyAsync_LeadReroutedWhileItsTraceIsRead_AssignsTheDecisionNowInForce()
    {
        var log = new InMemoryDecisionLog();
        using var service = Start(log, new ManualTimeProvider(Noon));
        await service.AssignAsync(new AssignmentRequest(Lead("L1", "rep-a")));
        var rerouted = false;
        log.BeforeFind = _ =>
        {
            if (!rerouted)
            {
                rerouted = true;
                service.AssignAsync(new AssignmentRequest(Lead("L1", "bk"), Reroute: true)).GetAwaiter().GetResult();
            }
        };

        var result = await service.AssignManuallyAsync(new ManualAssignmentRequest("L1", "rep-b", "customer asked for Bea"));

        var history = service.History("L1");
        Assert.Equal(3, history.Count);
        Assert.Equal(history[1].DecisionId, result.Decision.SupersedesDecisionId);
        Assert.Equal((0, 0, 1), service.ReadState(s => (s.WorkloadOf("rep-a").OpenLeads, s.WorkloadOf("bk").OpenLeads, s.WorkloadOf("rep-b").OpenLeads)));
    }

    [Fact]
    public async Task AssignManuallyAsync_WrittenButNotSynced_NotAnsweredUntilTheSync()
    {
        var log = new InMemoryDecisionLog();
        using var service = Start(log, new ManualTimeProvider(Noon));
        await service.AssignAsync(new AssignmentRequest(Lead("L1", "rep-a")));
        using var held = log.HoldSyncs();

        var call = service.AssignManuallyAsync(new ManualAssignmentRequest("L1", "rep-b", "customer asked for Bea"));
        Assert.True(SpinWait.SpinUntil(() => log.All.Count == 2, Patience));
        await Task.Delay(50);

        Assert.False(call.IsCompleted);
        log.SyncAllowed.Set();
        Assert.Equal("rep-b", (await call).Decision.Decision.Assignee.RepId);
    }

    [Fact]
    public async Task AssignManuallyAsync_FailedCommit_FailsAndTheEarlierDecisionStaysInForce()
    {
        var log = new InMemoryDecisionLog();
        using var service = Start(log, new ManualTimeProvider(Noon));
        var first = await service.AssignAsync(new AssignmentRequest(Lead("L1", "rep-a")));
        log.FailNextCommits = 1;

        await Assert.ThrowsAsync<CommitFailedException>(() => service.AssignManuallyAsync(new ManualAssignmentRequest("L1", "rep-b", "customer asked for Bea")));

        Assert.Single(log.All);
        Assert.True(SpinWait.SpinUntil(() => service.ReadState(s => s.ActiveForLead("L1"))!.DecisionId == first.Decision.DecisionId, Patience));
        Assert.Equal((1, 0), service.ReadState(s => (s.WorkloadOf("rep-a").OpenLeads, s.WorkloadOf("rep-b").OpenLeads)));
    }

    [Fact]
    public async Task Start_AfterAManualAssignment_LoadsItWithTheCountersMoved()
    {
        var log = new InMemoryDecisionLog();
        string assigned;
        using (var service = Start(log, new ManualTimeProvider(Noon)))
        {
            await service.AssignAsync(new AssignmentRequest(Lead("L1", "rep-a")));
            assigned = (await service.AssignManuallyAsync(new ManualAssignmentRequest("L1", "rep-b", "customer asked for Bea", Acknowledged: true))).Decision.DecisionId;
        }

        using var restarted = Start(log, new ManualTimeProvider(Later));

        var now = restarted.ReadState(s => s.ActiveForLead("L1"))!;
        Assert.Equal((assigned, Noon), (now.DecisionId, now.AcknowledgedAt));
        Assert.Equal((0, 1), restarted.ReadState(s => (s.WorkloadOf("rep-a").OpenLeads, s.WorkloadOf("rep-b").OpenLeads)));
        Assert.True((await restarted.AssignManuallyAsync(new ManualAssignmentRequest("L1", "rep-b", "customer asked for Bea"))).Replay);
    }

    private static Lead Lead(string id, string rep) => LeadAssignmentServiceEscalationTests.Lead(id, rep);

    // No company name: the test router sends it to its queue.
    private static Lead Queued(string id) => new() { Id = id, Email = $"{id}@example.com" };

    private static LeadAssignmentService Start(IDecisionLog log, TimeProvider clock, Func<Rep, Rep>? repB = null, RoutingPolicy? policy = null)
    {
        var dataset = Dataset.Empty with
        {
            Reps =
            [
                new Rep { Id = "rep-a", Name = "Rep A", ManagerId = "mgr" },
                (repB ?? (r => r))(new Rep { Id = "rep-b", Name = "Rep B", ManagerId = "mgr" }),
                new Rep { Id = "bk", Name = "Backup", ManagerId = "mgr" },
                new Rep { Id = "mgr", Name = "Manager", Role = RepRole.Manager },
            ],
            Territories = [new Territory { Id = NamedRepTestRouter.Territory, Name = "Territory one", MemberRepIds = ["rep-a", "rep-b"], BackupRepId = "bk" }],
            Policy = policy ?? RoutingPolicy.Default,
        };
        var service = new LeadAssignmentService(new NamedRepTestRouter(), new SnapshotHolder(ReferenceSnapshot.Build(dataset)), log, time: clock);
        service.Start();
        return service;
    }
}
