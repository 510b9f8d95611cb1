using RoutingRules.Domain.Model;
using RoutingRules.Domain.Tests.Routing.Commit;
using RoutingRules.Grpc;
using RoutingRules.Server.Tests.Routing;
using Proto = RoutingRules.V1;

namespace RoutingRules.Server.Tests.Escalation;

/// <summary>Escalation sweeps racing RouteLead, reroutes and acknowledgements over loopback, on the SQLite decision log.</summary>
public sealed class EscalationConcurrencyTests
{
    private const int Clients = 16;
    private const int ManagerCap = 40;

    [Fact]
    public async Task Escalate_UnderConcurrentRouting_OneDecisionPerLeadNoRepOverCapCountersMatchTheLog()
    {
        using var dir = new TempDirectory();
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 3, 2, 12, 0, 0, TimeSpan.Zero));
        await using var server = await RoutingTestServer.StartAsync(dir.Database, reps: 4, cap: 10_000, clock: clock);
        // rep-0 manages the others and has a cap of its own: escalations of their leads go to rep-0 until it is full, then to the queue.
        server.Store.UpsertRep(new Rep { Id = "rep-0", Name = "Rep 0", OpenLeadsCap = ManagerCap });
        for (var r = 1; r < 4; r++)
        {
            server.Store.UpsertRep(new Rep { Id = $"rep-{r}", Name = $"Rep {r}", ManagerId = "rep-0" });
        }

        await Task.WhenAll(Enumerable.Range(0, Clients).Select(c => Task.Run(async () =>
        {
            using var client = server.Client();
            for (var i = 0; i < 10; i++)
            {
                await client.UnaryAsync(RoutingTestServer.RouteLead, RoutingTestServer.Request($"old-{c}-{i}"), Proto.RouteLeadResponse.Parser);
            }
        })));
        clock.Now = clock.Now.AddHours(9);

        var traffic = Enumerable.Range(0, Clients).Select(c => Task.Run(async () =>
        {
            using var client = server.Client();
            for (var i = 0; i < 10; i++)
            {
                await client.UnaryAsync(RoutingTestServer.RouteLead, RoutingTestServer.Request($"new-{c}-{i}"), Proto.RouteLeadResponse.Parser);
                await client.UnaryAsync(RoutingTestServer.RouteLead, RoutingTestServer.Request($"old-{c}-{i}", reroute: i % 4 == 0), Proto.RouteLeadResponse.Parser);
                try
                {
                    await client.UnaryAsync(AcknowledgeLeadServiceTests.AcknowledgeLead, new Proto.AcknowledgeLeadRequest { LeadId = $"old-{c}-{(i + 5) % 10}" },
                        Proto.AcknowledgeLeadResponse.Parser);
                }
                catch (GrpcStatusException e) when (e.StatusCode == StatusCode.FailedPrecondition)
                {
                }
            }
        })).ToList();
        var sweeps = Enumerable.Range(0, 3).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < 10; i++)
            {
                await server.Routing.EscalateNowAsync();
            }
        }));
        await Task.WhenAll([.. traffic, .. sweeps]);
        await server.Routing.EscalateNowAsync();

        Assert.Equal(0, server.Count("SELECT count(*) FROM (SELECT lead_id FROM decisions WHERE superseded_by IS NULL GROUP BY lead_id HAVING count(*) > 1)"));
        Assert.Equal(320, server.Count("SELECT count(*) FROM decisions WHERE superseded_by IS NULL"));
        Assert.InRange(server.Count("SELECT count(*) FROM decisions WHERE superseded_by IS NULL AND rep_id = 'rep-0'"), 1, ManagerCap);
        Assert.True(server.Count("SELECT count(*) FROM decisions WHERE queue_name = 'escalation' AND superseded_by IS NULL") > 0);
        Assert.True(server.Count("SELECT count(*) FROM decisions d JOIN decisions p ON p.decision_id = d.supersedes WHERE d.queue_name = 'escalation' AND p.rep_id = 'rep-0'") > 0);
        for (var r = 0; r < 4; r++)
        {
            Assert.Equal(
                server.Count($"SELECT count(*) FROM decisions WHERE rep_id = 'rep-{r}' AND superseded_by IS NULL"),
                server.Count($"SELECT coalesce(max(open_leads), 0) FROM rep_live_counters WHERE rep_id = 'rep-{r}'"));
            Assert.Equal(
                server.Count($"SELECT count(*) FROM decisions WHERE rep_id = 'rep-{r}' AND superseded_by IS NULL"),
                server.Routing.Assignments.ReadState(s => (long)s.WorkloadOf($"rep-{r}").OpenLeads));
        }

        // The queue's length counts the leads waiting in it: a queue lead someone took up is out of it.
        var waiting = server.Count("""
            SELECT count(*) FROM decisions d LEFT JOIN decision_acknowledgements a ON a.sequence = d.sequence
            WHERE d.queue_name = 'escalation' AND d.superseded_by IS NULL AND a.sequence IS NULL
            """);
        Assert.Equal(waiting, server.Count("SELECT coalesce(max(length), 0) FROM queue_lengths WHERE queue_name = 'escalation'"));
        Assert.Equal(waiting, server.Routing.Assignments.ReadState(s => (long)s.QueueLength("escalation")));
        // Nothing due is left: every unacknowledged rep lead past its escalation time was escalated once.
        Assert.Equal(0, server.Routing.Assignments.ReadState(s => s.ActiveDecisions.Count(d =>
            d.AcknowledgedAt is null && d.Decision.Assignee.RepId is not null && d.Decision.EscalateAt <= clock.Now)));
    }
}
