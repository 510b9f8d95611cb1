using RoutingRules.Domain.Routing;
using RoutingRules.Domain.Routing.Commit;
using static RoutingRules.Domain.Tests.Routing.Commit.LeadAssignmentServiceTests;

namespace RoutingRules.Domain.Tests.Routing.Commit;

/// <summary>A request for a lead that has a decision: a repeat replays it, a changed lead is refused unless rerouted.</summary>
public sealed class LeadAssignmentServiceChangedLeadTests
{
    [Fact]
    public async Task AssignAsync_SameLeadIdWithChangedFields_RefusedAndNothingWritten()
    {
        var log = new InMemoryDecisionLog();
        using var service = Start(log, reps: 3);
        var first = await service.AssignAsync(new AssignmentRequest(Lead("L1")));

        var changed = await Assert.ThrowsAsync<LeadChangedException>(
            () => service.AssignAsync(new AssignmentRequest(Lead("L1") with { CompanyName = "Acme" })));

        Assert.Equal("L1", changed.LeadId);
        Assert.Equal(first.Decision.DecisionId, changed.DecisionId);
        Assert.Contains("reroute", changed.Message, StringComparison.Ordinal);
        Assert.Single(log.All);
        Assert.Equal(1, service.ReadState(s => s.WorkloadOf("rep-0").OpenLeads));
    }

    [Fact]
    public async Task AssignAsync_ChosenKeyWithChangedFields_Refused()
    {
        using var service = Start(new InMemoryDecisionLog(), reps: 2);
        await service.AssignAsync(new AssignmentRequest(Lead("L1"), "order-1"));

        await Assert.ThrowsAsync<LeadChangedException>(
            () => service.AssignAsync(new AssignmentRequest(Lead("L1") with { Score = 90 }, "order-1")));
    }

    [Fact]
    public async Task AssignAsync_SameFieldsBuiltAgain_Replays()
    {
        using var service = Start(new InMemoryDecisionLog(), reps: 2);
        var submitted = new DateTimeOffset(2026, 3, 2, 11, 0, 0, TimeSpan.Zero);
        var first = await service.AssignAsync(new AssignmentRequest(Lead("L1") with { EstimatedDealValue = 1500m, SubmittedAt = submitted }));

        // The same lead as another client would build it: the amount with a different scale, the
        // submission time in another offset.
        var again = await service.AssignAsync(new AssignmentRequest(
            Lead("L1") with { EstimatedDealValue = 1500.00m, SubmittedAt = submitted.ToOffset(TimeSpan.FromHours(1)) }));

        Assert.True(again.Replay);
        Assert.Equal(first.Decision.DecisionId, again.Decision.DecisionId);
    }

    [Fact]
    public async Task AssignAsync_ChangedFieldsWithReroute_RoutesAgainAndTheNewFieldsReplay()
    {
        var log = new InMemoryDecisionLog();
        using var service = Start(log, reps: 3);
        var first = await service.AssignAsync(new AssignmentRequest(Lead("L1")));
        var enriched = Lead("L1") with { EmployeeCount = 800 };

        var rerouted = await service.AssignAsync(new AssignmentRequest(enriched, Reroute: true));
        var replay = await service.AssignAsync(new AssignmentRequest(enriched));

        Assert.Equal(first.Decision.DecisionId, rerouted.Decision.SupersedesDecisionId);
        Assert.True(replay.Replay);
        Assert.Equal(rerouted.Decision.DecisionId, replay.Decision.DecisionId);
        await Assert.ThrowsAsync<LeadChangedException>(() => service.AssignAsync(new AssignmentRequest(Lead("L1"))));
    }

    [Fact]
    public async Task AssignAsync_ChangedFieldsWhileTheDecisionIsInFlight_Refused()
    {
        var log = new InMemoryDecisionLog();
        using var service = Start(log, reps: 2);
        Task<AssignmentResult> first;
        using (log.HoldSyncs())
        {
            first = service.AssignAsync(new AssignmentRequest(Lead("L1")));
            await Assert.ThrowsAsync<LeadChangedException>(
                () => service.AssignAsync(new AssignmentRequest(Lead("L1") with { City = "Lyon" })));
        }

        Assert.False((await first).Replay);
        Assert.Single(log.All);
    }

    [Fact]
    public async Task Start_ExistingLog_KeepsTheFingerprint()
    {
        var log = new InMemoryDecisionLog();
        using (var before = Start(log, reps: 2))
        {
            await before.AssignAsync(new AssignmentRequest(Lead("L1")));
        }

        using var after = Start(log, reps: 2);

        Assert.True((await after.AssignAsync(new AssignmentRequest(Lead("L1")))).Replay);
        await Assert.ThrowsAsync<LeadChangedException>(() => after.AssignAsync(new AssignmentRequest(Lead("L1") with { Country = "FR" })));
    }

    [Fact]
    public async Task AssignAsync_DecisionWithoutFingerprint_ReplaysAnyFields()
    {
        var log = new InMemoryDecisionLog();
        using (var before = Start(log, reps: 2))
        {
            await before.AssignAsync(new AssignmentRequest(Lead("L1")));
        }

        // A decision stored before fingerprints were kept.
        log.Rewrite(decision => decision with { LeadFingerprint = LeadFingerprint.None });
        using var after = Start(log, reps: 2);

        Assert.True((await after.AssignAsync(new AssignmentRequest(Lead("L1") with { Country = "FR" }))).Replay);
    }
}
