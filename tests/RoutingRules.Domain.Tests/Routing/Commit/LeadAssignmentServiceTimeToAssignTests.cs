using RoutingRules.Domain.Routing.Commit;

namespace RoutingRules.Domain.Tests.Routing.Commit;

/// <summary>Time to assign (DOMAIN.md §7): recorded once per new durable decision, not for replays.</summary>
public sealed class LeadAssignmentServiceTimeToAssignTests
{
    [Fact]
    public async Task AssignAsync_NewLeadsRerouteAndReplay_CountsTheNewDecisionsOnly()
    {
        using var service = LeadAssignmentServiceTests.Start(new InMemoryDecisionLog(), reps: 2);

        await service.AssignAsync(new AssignmentRequest(LeadAssignmentServiceTests.Lead("T1")));
        await service.AssignAsync(new AssignmentRequest(LeadAssignmentServiceTests.Lead("T2")));
        await service.AssignAsync(new AssignmentRequest(LeadAssignmentServiceTests.Lead("T1"), Reroute: true));
        var replay = await service.AssignAsync(new AssignmentRequest(LeadAssignmentServiceTests.Lead("T2")));

        var summary = service.TimeToAssign.Summarize();
        Assert.True(replay.Replay);
        Assert.Equal(3, summary.Count);
        Assert.True(summary.Max > TimeSpan.Zero);
        Assert.True(summary.Max >= summary.P99 && summary.P99 >= summary.Median);
    }
}
