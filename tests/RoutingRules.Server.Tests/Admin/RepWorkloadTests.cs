using RoutingRules.Domain.Model;
using RoutingRules.Server.Mapping;
using RoutingRules.Server.Routing;
using RoutingRules.Server.Tests.Routing;
using Proto = RoutingRules.V1;

namespace RoutingRules.Server.Tests.Admin;

/// <summary>
/// A rep's workload written by ops is its workload as of the write: routing counts on from there,
/// and every admin read shows the workload routing uses. Leads of acme.com go to alice, its owner.
/// </summary>
public sealed class RepWorkloadTests
{
    [Fact]
    public async Task UpdateRepWorkload_CrmCopyListingRoutedLeads_RoutingUsesTheWrittenCount()
    {
        await using var server = await TestServer.StartWithDataAsync();
        await RouteToAliceAsync(server, "w-1", "w-2");

        // The CRM lists the two leads routing sent alice.
        var answer = await UpdateAsync(server, "alice", new Proto.RepWorkload { OpenLeads = 2, AssignedToday = 2 });

        Assert.Equal((2, 2), (answer.Workload.OpenLeads, answer.Workload.AssignedToday));
        Assert.Equal(2, RoutingUses(server, "alice").OpenLeads);
        Assert.Equal(2, RoutingUses(server, "alice").AssignedToday);
    }

    [Fact]
    public async Task RouteLead_AfterAWorkloadWrite_EveryReadShowsWhatRoutingUses()
    {
        await using var server = await TestServer.StartWithDataAsync();
        await RouteToAliceAsync(server, "w-1", "w-2");
        await UpdateAsync(server, "alice", new Proto.RepWorkload { OpenLeads = 2, OverdueFollowUps = 1 });

        await RouteToAliceAsync(server, "w-3");

        var used = RoutingUses(server, "alice");
        var got = await server.CallAsync("GetRep", new Proto.GetRequest { Id = "alice" }, Proto.Rep.Parser);
        var listed = await server.CallAsync("ListReps", new Proto.ListRequest(), Proto.ListRepsResponse.Parser);
        var exported = (await server.ExportAsync()).SelectMany(c => c.Reps);
        Assert.Equal(3, used.OpenLeads);
        Assert.Equal(RepMapping.ToProto(new Rep { Id = "alice", Name = "-", Workload = used }).Workload, got.Workload);
        Assert.Equal(got.Workload, listed.Reps.Single(r => r.Id == "alice").Workload);
        Assert.Equal(got.Workload, exported.Single(r => r.Id == "alice").Workload);
    }

    [Fact]
    public async Task UpsertRep_WhatGetRepShowsEdited_WorkloadRoutingUsesUnchanged()
    {
        await using var server = await TestServer.StartWithDataAsync();
        await RouteToAliceAsync(server, "w-1");
        await UpdateAsync(server, "alice", new Proto.RepWorkload { OpenLeads = 4 });
        await RouteToAliceAsync(server, "w-2");
        var before = RoutingUses(server, "alice");

        var edited = await server.CallAsync("GetRep", new Proto.GetRequest { Id = "alice" }, Proto.Rep.Parser);
        edited.Name = "Alice Martin-Roux";
        var answer = await server.CallAsync("UpsertRep", new Proto.UpsertRepRequest { Rep = edited }, Proto.Rep.Parser);

        Assert.Equal(5, before.OpenLeads);
        Assert.Equal(before, RoutingUses(server, "alice"));
        Assert.Equal(edited.Workload, answer.Workload);
    }

    [Fact]
    public async Task UpsertRep_WithoutWorkload_KeepsTheStoredWorkload()
    {
        await using var server = await TestServer.StartWithDataAsync();
        await UpdateAsync(server, "alice", new Proto.RepWorkload { OpenLeads = 7, ActiveOpportunities = 3 });
        await RouteToAliceAsync(server, "w-1");
        var rep = await server.CallAsync("GetRep", new Proto.GetRequest { Id = "alice" }, Proto.Rep.Parser);
        rep.Workload = null;

        var answer = await server.CallAsync("UpsertRep", new Proto.UpsertRepRequest { Rep = rep }, Proto.Rep.Parser);

        Assert.Equal((8, 3), (answer.Workload.OpenLeads, answer.Workload.ActiveOpportunities));
        Assert.Equal(8, RoutingUses(server, "alice").OpenLeads);
    }

    [Fact]
    public async Task ImportDataset_MergeOfARepWithoutWorkload_KeepsTheStoredWorkload()
    {
        await using var server = await TestServer.StartWithDataAsync();
        await UpdateAsync(server, "alice", new Proto.RepWorkload { OpenLeads = 7 });
        await RouteToAliceAsync(server, "w-1");
        // As a dataset file read by `routingrules import --merge` holds it: no "workload".
        var patch = Dataset.Empty with { Reps = [AdminTestData.Dataset.Reps[0] with { Name = "Alice M." }] };

        await server.ImportAsync(TestServer.Requests(patch, Proto.ImportMode.Merge));

        Assert.Equal("Alice M.", server.Data.Store.GetRep("alice")!.Name);
        Assert.Equal(8, RoutingUses(server, "alice").OpenLeads);
    }

    [Fact]
    public async Task ImportDataset_WhatExportDatasetSent_WorkloadsRoutingUsesUnchanged()
    {
        await using var server = await TestServer.StartWithDataAsync();
        await RouteToAliceAsync(server, "w-1", "w-2");
        await UpdateAsync(server, "alice", new Proto.RepWorkload { OpenLeads = 2, AssignedToday = 2 });
        await RouteToAliceAsync(server, "w-3");
        var before = (RoutingUses(server, "alice"), RoutingUses(server, "bob"));

        var chunks = await server.ExportAsync();
        await server.ImportAsync(chunks.Select((c, i) => new Proto.ImportDatasetRequest { Mode = i == 0 ? Proto.ImportMode.Replace : Proto.ImportMode.Unspecified, Chunk = c }));

        Assert.Equal(3, before.Item1.OpenLeads);
        Assert.Equal(before, (RoutingUses(server, "alice"), RoutingUses(server, "bob")));
        Assert.Equal(chunks.SelectMany(c => c.Reps), (await server.ExportAsync()).SelectMany(c => c.Reps));
    }

    internal static async Task RouteToAliceAsync(TestServer server, params string[] leadIds)
    {
        foreach (var id in leadIds)
        {
            var request = new Proto.RouteLeadRequest { Lead = new Proto.Lead { Id = id, Email = $"{id}@acme.com", CompanyName = "Acme", Country = "FR" } };
            var decision = await server.Client.UnaryAsync(RoutingTestServer.RouteLead, request, Proto.RouteLeadResponse.Parser);
            Assert.Equal("alice", decision.Assignee.Rep.Id);
        }
    }

    private static Task<Proto.Rep> UpdateAsync(TestServer server, string repId, Proto.RepWorkload workload) =>
        server.CallAsync("UpdateRepWorkload", new Proto.UpdateRepWorkloadRequest { RepId = repId, Workload = workload }, Proto.Rep.Parser);

    /// <summary>The workload routing reads for the rep now (what caps, load balancing and explanations use).</summary>
    private static RepWorkload RoutingUses(TestServer server, string repId) =>
        server.App.Services.GetRequiredService<LeadRoutingHost>().Assignments.ReadState(live => live.WorkloadOf(repId));
}
