using Microsoft.Data.Sqlite;
using RoutingRules.Domain.Model;
using RoutingRules.Domain.Tests.Routing.Commit;

namespace RoutingRules.Store.Tests;

/// <summary>
/// A written workload is the rep's workload as of the write: routing counts on from there, and
/// every rep read shows the workload routing uses.
/// </summary>
public sealed class RepWorkloadAsOfTests
{
    internal static readonly DateTimeOffset Noon = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void UpdateRepWorkload_RoutingAssignedBefore_RoutingUsesTheWrittenCount()
    {
        using var db = new TempDatabase();
        using var store = Open(db);
        using var routing = new RoutedLeads(db.Options);
        Assign(routing, "r1", "L1", "L2", "L3");

        // The CRM lists the three leads routing sent.
        store.UpdateRepWorkload("r1", new RepWorkload { OpenLeads = 3, AssignedToday = 3 });

        var used = routing.WorkloadOf(store.Current, "r1", Noon);
        Assert.Equal((3, 3), (used.OpenLeads, used.AssignedToday));
        Assert.Equal((3, 3), (store.GetRep("r1")!.Workload.OpenLeads, store.GetRep("r1")!.Workload.AssignedToday));
    }

    [Fact]
    public void UpdateRepWorkload_RoutingCountsOfTheMoment_StoredWithTheWorkload()
    {
        using var db = new TempDatabase();
        using (var store = Open(db))
        using (var routing = new RoutedLeads(db.Options))
        {
            routing.Assign("L0", "r1", Noon.AddDays(-1));
            Assign(routing, "r1", "L1", "L2");
            store.UpdateRepWorkload("r1", new RepWorkload { OpenLeads = 9 });
        }

        using var connection = SqliteConnections.Open(db.Options);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT open_leads, as_of_day, routed_open_leads, routed_today FROM rep_workload WHERE rep_id = 'r1'";
        using var row = command.ExecuteReader();
        Assert.True(row.Read());
        Assert.Equal((9L, "2026-03-02", 3L, 2L), (row.GetInt64(0), row.GetString(1), row.GetInt64(2), row.GetInt64(3)));
    }

    [Fact]
    public void Assign_AfterTheWrite_EveryReadShowsOneMore()
    {
        using var db = new TempDatabase();
        using var store = Open(db);
        using var routing = new RoutedLeads(db.Options);
        Assign(routing, "r1", "L1", "L2", "L3");
        store.UpdateRepWorkload("r1", new RepWorkload { OpenLeads = 3, AssignedToday = 3 });

        routing.Assign("L4", "r1", Noon.AddMinutes(1));

        Assert.Equal(4, routing.WorkloadOf(store.Current, "r1", Noon).OpenLeads);
        Assert.Equal(4, store.GetRep("r1")!.Workload.OpenLeads);
        Assert.Equal(4, store.GetRep("r1")!.Workload.AssignedToday);
        Assert.Equal(4, store.ListReps().Single(r => r.Id == "r1").Workload.OpenLeads);
        Assert.Equal(4, store.ExportDataset().Reps.Single(r => r.Id == "r1").Workload.OpenLeads);
        Assert.Equal(Noon.AddMinutes(1), store.GetRep("r1")!.Workload.LastAssignedAt);
    }

    [Fact]
    public void Assign_RerouteAwayAfterTheWrite_OneLessForTheOldRep()
    {
        using var db = new TempDatabase();
        using var store = Open(db);
        using var routing = new RoutedLeads(db.Options);
        Assign(routing, "r1", "L1", "L2", "L3");
        store.UpdateRepWorkload("r1", new RepWorkload { OpenLeads = 3 });

        routing.Assign("L2", "r2", Noon.AddMinutes(1));

        Assert.Equal(2, routing.WorkloadOf(store.Current, "r1", Noon).OpenLeads);
        Assert.Equal(2, store.GetRep("r1")!.Workload.OpenLeads);
        Assert.Equal(1, routing.WorkloadOf(store.Current, "r2", Noon).OpenLeads);
        Assert.Equal(1, store.GetRep("r2")!.Workload.OpenLeads);
    }

    [Fact]
    public void GetRep_WrittenOnAnEarlierUtcDay_AssignedTodayCountsTodaysRoutingOnly()
    {
        using var db = new TempDatabase();
        var clock = new ManualTimeProvider(Noon);
        using var store = Open(db, clock);
        using var routing = new RoutedLeads(db.Options);
        Assign(routing, "r1", "L1", "L2");
        store.UpdateRepWorkload("r1", new RepWorkload { OpenLeads = 6, AssignedToday = 5 });
        routing.Assign("L3", "r1", Noon.AddHours(1));
        var sameDay = store.GetRep("r1")!.Workload;

        clock.Now = Noon.AddDays(1);
        var nextDay = store.GetRep("r1")!.Workload;
        routing.Assign("L4", "r1", Noon.AddDays(1));
        var afterOne = store.GetRep("r1")!.Workload;

        Assert.Equal((7, 6), (sameDay.OpenLeads, sameDay.AssignedToday));
        Assert.Equal((7, 0), (nextDay.OpenLeads, nextDay.AssignedToday));
        Assert.Equal((8, 1), (afterOne.OpenLeads, afterOne.AssignedToday));
        var used = routing.WorkloadOf(store.Current, "r1", Noon.AddDays(1));
        Assert.Equal((8, 1), (used.OpenLeads, used.AssignedToday));
    }

    [Fact]
    public void Open_AfterRestart_SameWorkloadForRoutingAndReads()
    {
        using var db = new TempDatabase();
        RepWorkload before;
        using (var store = Open(db))
        using (var routing = new RoutedLeads(db.Options))
        {
            Assign(routing, "r1", "L1", "L2", "L3");
            store.UpdateRepWorkload("r1", new RepWorkload { OpenLeads = 3, AssignedToday = 3, OverdueFollowUps = 2 });
            routing.Assign("L4", "r1", Noon.AddMinutes(1));
            routing.Assign("L1", "r2", Noon.AddMinutes(2));
            before = routing.WorkloadOf(store.Current, "r1", Noon);
            Assert.Equal(before, store.GetRep("r1")!.Workload);
        }

        using var reopened = Open(db);
        using var reloaded = new RoutedLeads(db.Options);

        Assert.Equal((3, 4, 2), (before.OpenLeads, before.AssignedToday, before.OverdueFollowUps));
        Assert.Equal(before, reloaded.WorkloadOf(reopened.Current, "r1", Noon));
        Assert.Equal(before, reopened.GetRep("r1")!.Workload);
    }

    internal static SqliteReferenceDataStore Open(TempDatabase db, TimeProvider? clock = null)
    {
        var store = SqliteReferenceDataStore.Open(db.Options, clock ?? new ManualTimeProvider(Noon));
        if (store.Current.Dataset.Reps.Count == 0)
        {
            store.ImportDataset(Dataset.Empty with { Reps = [new Rep { Id = "r1", Name = "Ann" }, new Rep { Id = "r2", Name = "Bob" }] });
        }

        return store;
    }

    internal static void Assign(RoutedLeads routing, string repId, params string[] leadIds)
    {
        foreach (var leadId in leadIds)
        {
            routing.Assign(leadId, repId, Noon);
        }
    }
}
