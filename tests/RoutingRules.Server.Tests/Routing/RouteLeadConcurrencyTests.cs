using RoutingRules.Domain.Tests.Routing.Commit;
using System.Collections.Concurrent;
using Proto = RoutingRules.V1;

namespace RoutingRules.Server.Tests.Routing;

public sealed class RouteLeadConcurrencyTests
{
    private const int Clients = 32;

    [Fact]
    public async Task RouteLead_32ClientsRacingOnSameLeads_AssignedOnceAndRotationExact()
    {
        using var dir = new TempDirectory();
        await using var server = await RoutingTestServer.StartAsync(dir.Database, reps: 6, cap: 10_000);
        var answers = new ConcurrentBag<Proto.RouteLeadResponse>();

        // Clients c and c+16 send the same 20 lead ids: every lead is raced by two connections.
        await Task.WhenAll(Enumerable.Range(0, Clients).Select(c => Task.Run(async () =>
        {
            using var client = server.Client();
            for (var i = 0; i < 20; i++)
            {
                answers.Add(await client.UnaryAsync(
                    RoutingTestServer.RouteLead, RoutingTestServer.Request($"L{(c % 16 * 20) + i}"), Proto.RouteLeadResponse.Parser));
            }
        })));

        Assert.Equal(640, answers.Count);
        Assert.All(answers.GroupBy(a => a.LeadId), g => Assert.Single(g.Select(a => a.DecisionId).Distinct()));
        Assert.Equal(320, answers.Count(a => !a.Replay));
        Assert.Equal(320, server.Count("SELECT count(*) FROM decisions"));
        Assert.Equal(320, server.Count("SELECT count(DISTINCT lead_id) FROM decisions"));
        var perRep = Enumerable.Range(0, 6).Select(r => server.Count($"SELECT count(*) FROM decisions WHERE rep_id = 'rep-{r}'")).ToList();
        Assert.True(perRep.Max() - perRep.Min() <= 1, string.Join(",", perRep));
        AssertCountersMatchLog(server, 6);
    }

    [Fact]
    public async Task RouteLead_32ClientsAgainstSmallCaps_NoRepOverCapAndOverflowQueued()
    {
        using var dir = new TempDirectory();
        await using var server = await RoutingTestServer.StartAsync(dir.Database, reps: 4, cap: 10);

        await Task.WhenAll(Enumerable.Range(0, Clients).Select(c => Task.Run(async () =>
        {
            using var client = server.Client();
            for (var i = 0; i < 5; i++)
            {
                await client.UnaryAsync(RoutingTestServer.RouteLead, RoutingTestServer.Request($"C{c}-{i}"), Proto.RouteLeadResponse.Parser);
            }
        })));

        for (var r = 0; r < 4; r++)
        {
            Assert.Equal(10, server.Count($"SELECT count(*) FROM decisions WHERE rep_id = 'rep-{r}'"));
        }

        Assert.Equal(120, server.Count($"SELECT length FROM queue_lengths WHERE queue_name = '{RoundRobinTestRouter.Queue}'"));
        Assert.Equal(160, server.Count("SELECT count(DISTINCT lead_id) FROM decisions"));
        AssertCountersMatchLog(server, 4);
    }

    private static void AssertCountersMatchLog(RoutingTestServer server, int reps)
    {
        for (var r = 0; r < reps; r++)
        {
            Assert.Equal(
                server.Count($"SELECT count(*) FROM decisions WHERE rep_id = 'rep-{r}' AND superseded_by IS NULL"),
                server.Count($"SELECT coalesce(max(open_leads), 0) FROM rep_live_counters WHERE rep_id = 'rep-{r}'"));
        }
    }
}
