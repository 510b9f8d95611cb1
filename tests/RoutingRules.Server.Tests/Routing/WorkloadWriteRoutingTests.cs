using RoutingRules.Domain.Model;
using Proto = RoutingRules.V1;

namespace RoutingRules.Server.Tests.Routing;

/// <summary>
/// Workload writes against real routing on the same SQLite file: each routed lead counts once,
/// before or after a write, whatever runs in parallel, and a restart changes nothing.
/// </summary>
public sealed class WorkloadWriteRoutingTests
{
    private const int Leads = 400;
    private const int Clients = 8;
    private const int Writes = 25;

    [Fact]
    public async Task UpdateRepWorkload_RepeatedDuringParallelRoutes_EachLeadCountedOnceBeforeOrAfterTheLastWrite()
    {
        using var dir = new TempDirectory();
        await using var server = await RoutingTestServer.StartAsync(dir.Database, reps: 1, cap: 100_000);
        var started = 0;
        var answered = 0;
        var nextLead = -1;
        var writesDone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var routes = Task.WhenAll(Enumerable.Range(0, Clients).Select(_ => Task.Run(async () =>
        {
            using var client = server.Client();
            while (Interlocked.Increment(ref nextLead) is var i && i < Leads)
            {
                // The last quarter waits for the writes, so some leads surely come after the last one.
                if (i >= Leads * 3 / 4)
                {
                    await writesDone.Task;
                }

                Interlocked.Increment(ref started);
                await client.UnaryAsync(RoutingTestServer.RouteLead, RoutingTestServer.Request($"P{i}"), Proto.RouteLeadResponse.Parser);
                Interlocked.Increment(ref answered);
            }
        })));
        var writes = Task.Run(async () =>
        {
            var done = new List<(int Written, int AnsweredBefore, int StartedAfter)>();
            while (Volatile.Read(ref answered) < 20)
            {
                await Task.Delay(1);
            }

            try
            {
                for (var k = 0; k < Writes; k++)
                {
                    var answeredBefore = Volatile.Read(ref answered);
                    server.Store.UpdateRepWorkload("rep-0", new RepWorkload { OpenLeads = 1000 + k });
                    var shown = server.Store.GetRep("rep-0")!.Workload.OpenLeads;
                    var startedAfter = Volatile.Read(ref started);
                    Assert.InRange(shown, 1000 + k, 1000 + k + startedAfter - answeredBefore);
                    done.Add((1000 + k, answeredBefore, startedAfter));
                }
            }
            finally
            {
                writesDone.SetResult();
            }

            return done;
        });
        await routes;
        var last = (await writes)[^1];

        // Every lead answered before the last write started counts in what it wrote, none sent after
        // it returned does: routing adds at most the others, at least those sent after it.
        var used = server.Routing.Assignments.ReadState(live => live.WorkloadOf("rep-0").OpenLeads);
        Assert.InRange(used, last.Written + Leads - last.StartedAfter, last.Written + Leads - last.AnsweredBefore);

        // Exactly: the leads after the routing count the write recorded (it reads it in its own transaction).
        var recorded = (int)server.Count("SELECT routed_open_leads FROM rep_workload WHERE rep_id = 'rep-0'");
        Assert.Equal(last.Written + (Leads - recorded), used);
        Assert.Equal(used, server.Store.GetRep("rep-0")!.Workload.OpenLeads);
        Assert.Equal(Leads, server.Count("SELECT open_leads FROM rep_live_counters WHERE rep_id = 'rep-0'"));
    }

    [Fact]
    public async Task Restart_AfterWorkloadWriteAssignmentsAndReroute_SameWorkloadForRoutingAndReads()
    {
        using var dir = new TempDirectory();
        (RepWorkload, RepWorkload) before;
        await using (var server = await RoutingTestServer.StartAsync(dir.Database, reps: 2))
        {
            await RouteAsync(server, "L1", "L2", "L3", "L4");
            server.Store.UpdateRepWorkload("rep-0", new RepWorkload { OpenLeads = 5, AssignedToday = 2 });
            await RouteAsync(server, "L5");
            using (var client = server.Client())
            {
                var rerouted = await client.UnaryAsync(RoutingTestServer.RouteLead, RoutingTestServer.Request("L3", reroute: true), Proto.RouteLeadResponse.Parser);
                Assert.Equal("rep-1", rerouted.Assignee.Rep.Id);
            }

            before = WorkloadsOf(server);
            Assert.Equal((5, 3), (before.Item1.OpenLeads, before.Item1.AssignedToday));
            Assert.Equal(3, before.Item2.OpenLeads);
            Assert.Equal(before, (server.Store.GetRep("rep-0")!.Workload, server.Store.GetRep("rep-1")!.Workload));
        }

        await using var restarted = await RoutingTestServer.StartAsync(dir.Database, reps: 2);

        Assert.Equal(before, WorkloadsOf(restarted));
        Assert.Equal(before, (restarted.Store.GetRep("rep-0")!.Workload, restarted.Store.GetRep("rep-1")!.Workload));
    }

    private static (RepWorkload, RepWorkload) WorkloadsOf(RoutingTestServer server) =>
        server.Routing.Assignments.ReadState(live => (live.WorkloadOf("rep-0"), live.WorkloadOf("rep-1")));

    private static async Task RouteAsync(RoutingTestServer server, params string[] leadIds)
    {
        using var client = server.Client();
        foreach (var id in leadIds)
        {
            await client.UnaryAsync(RoutingTestServer.RouteLead, RoutingTestServer.Request(id), Proto.RouteLeadResponse.Parser);
        }
    }
}
