using RoutingRules.Domain.Model;
using static RoutingRules.Store.Tests.RepWorkloadAsOfTests;

namespace RoutingRules.Store.Tests;

/// <summary>
/// Writes that leave a rep's workload out keep the stored one (and what it is as of); writes of
/// what the store shows change nothing routing uses.
/// </summary>
public sealed class RepWorkloadKeptTests
{
    [Fact]
    public void UpsertRep_WithoutWorkload_KeepsTheStoredWorkload()
    {
        using var db = new TempDatabase();
        using var store = Open(db);
        using var routing = new RoutedLeads(db.Options);
        store.UpdateRepWorkload("r1", new RepWorkload { OpenLeads = 12, OverdueFollowUps = 2 });
        Assign(routing, "r1", "L1", "L2");

        store.UpsertRep(new Rep { Id = "r1", Name = "Ann Renamed" });

        var rep = store.GetRep("r1")!;
        Assert.Equal("Ann Renamed", rep.Name);
        Assert.Equal((14, 2), (rep.Workload.OpenLeads, rep.Workload.OverdueFollowUps));
        Assert.Equal(14, routing.WorkloadOf(store.Current, "r1", Noon).OpenLeads);
    }

    [Fact]
    public void UpsertRep_NewRepWithoutWorkload_StartsAtZeroWhateverRoutingCountedForItsId()
    {
        using var db = new TempDatabase();
        using var store = Open(db);
        using var routing = new RoutedLeads(db.Options);
        // Leads of a rep deleted since: routing's count for the id stays.
        Assign(routing, "r9", "L1", "L2");

        store.UpsertRep(new Rep { Id = "r9", Name = "New" });

        Assert.Equal(0, store.GetRep("r9")!.Workload.OpenLeads);
        Assert.Equal(0, routing.WorkloadOf(store.Current, "r9", Noon).OpenLeads);
        routing.Assign("L3", "r9", Noon);
        Assert.Equal(1, routing.WorkloadOf(store.Current, "r9", Noon).OpenLeads);
    }

    [Fact]
    public void UpsertRep_WhatGetRepShowsEdited_WorkloadRoutingUsesUnchanged()
    {
        using var db = new TempDatabase();
        using var store = Open(db);
        using var routing = new RoutedLeads(db.Options);
        Assign(routing, "r1", "L1", "L2");
        store.UpdateRepWorkload("r1", new RepWorkload { OpenLeads = 5, AssignedToday = 1 });
        routing.Assign("L3", "r1", Noon);
        var before = routing.WorkloadOf(store.Current, "r1", Noon);

        store.UpsertRep(store.GetRep("r1")! with { Name = "Ann Edited" });

        Assert.Equal(before, routing.WorkloadOf(store.Current, "r1", Noon));
        Assert.Equal(before, store.GetRep("r1")!.Workload);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ImportDataset_RepWithoutWorkload_KeepsTheStoredWorkload(bool merge)
    {
        using var db = new TempDatabase();
        using var store = Open(db);
        using var routing = new RoutedLeads(db.Options);
        store.UpdateRepWorkload("r1", new RepWorkload { OpenLeads = 12 });
        Assign(routing, "r1", "L1");
        var incoming = new Rep { Id = "r1", Name = "Ann" };

        var reps = merge ? [.. store.Current.Dataset.Reps.Where(r => r.Id != "r1"), incoming] : new List<Rep> { incoming };
        store.ImportDataset(store.Current.Dataset with { Reps = reps });

        Assert.Equal(13, store.GetRep("r1")!.Workload.OpenLeads);
        Assert.Equal(13, routing.WorkloadOf(store.Current, "r1", Noon).OpenLeads);
    }

    [Fact]
    public void ImportDataset_ExportedDataset_WorkloadsRoutingUsesUnchanged()
    {
        using var db = new TempDatabase();
        using var store = Open(db);
        using var routing = new RoutedLeads(db.Options);
        Assign(routing, "r1", "L1", "L2", "L3");
        store.UpdateRepWorkload("r1", new RepWorkload { OpenLeads = 3, AssignedToday = 3 });
        routing.Assign("L4", "r1", Noon.AddMinutes(1));
        routing.Assign("L1", "r2", Noon.AddMinutes(2));
        var before = (routing.WorkloadOf(store.Current, "r1", Noon), routing.WorkloadOf(store.Current, "r2", Noon));

        var exported = store.ExportDataset();
        store.ImportDataset(exported);

        Assert.Equal(before, (exported.Reps.Single(r => r.Id == "r1").Workload, exported.Reps.Single(r => r.Id == "r2").Workload));
        Assert.Equal(before, (routing.WorkloadOf(store.Current, "r1", Noon), routing.WorkloadOf(store.Current, "r2", Noon)));
        Assert.Equal(SqliteReferenceDataStoreTests.Json(exported), SqliteReferenceDataStoreTests.Json(store.ExportDataset()));
    }

    [Fact]
    public void SetRepAvailability_AfterAWrite_WorkloadRoutingUsesUnchanged()
    {
        using var db = new TempDatabase();
        using var store = Open(db);
        using var routing = new RoutedLeads(db.Options);
        Assign(routing, "r1", "L1");
        store.UpdateRepWorkload("r1", new RepWorkload { OpenLeads = 4 });
        routing.Assign("L2", "r1", Noon);

        store.SetRepAvailability("r1", RepStatus.Away);

        Assert.Equal(5, routing.WorkloadOf(store.Current, "r1", Noon).OpenLeads);
    }
}
