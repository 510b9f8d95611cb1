using RoutingRules.Domain.Model;
using RoutingRules.Domain.Policy;
using RoutingRules.Domain.Serialization;
using RoutingRules.Domain.Validation;

namespace RoutingRules.Store.Tests;

public class SqliteReferenceDataStoreTests
{
    [Fact]
    public void Open_NewFile_EmptyDatasetWithDefaultPolicy()
    {
        using var db = new TempDatabase();
        using var store = db.Open();
        var exported = store.ExportDataset();
        Assert.Empty(exported.Accounts);
        Assert.Equal(Json(Dataset.Empty), Json(exported));
        Assert.True(File.Exists(db.Path));
    }

    [Fact]
    public void ImportDataset_EveryRecordType_RoundTripsThroughReopen()
    {
        using var db = new TempDatabase();
        var original = StoreTestData.Full();
        using (var store = db.Open())
        {
            store.ImportDataset(original);
            Assert.Equal(Json(original), Json(store.ExportDataset()));
        }

        using var reopened = db.Open();
        Assert.Equal(Json(original), Json(reopened.ExportDataset()));
        Assert.Equal(Json(original), Json(reopened.Current.Dataset));
        Assert.Equal("a1", reopened.Current.FindAccountByDomain("x@acmecorp.net")?.Account.Id);
    }

    [Fact]
    public void UpsertAndDelete_EachRecordType_PersistedAndPublished()
    {
        using var db = new TempDatabase();
        using (var store = db.Open())
        {
            store.ImportDataset(StoreTestData.Full());
            store.UpsertRep(new Rep { Id = "r9", Name = "New Rep", TimeZone = "Europe/London", Workload = new RepWorkload { OpenLeads = 5 } });
            store.UpsertTerritory(new Territory { Id = "t-de", Name = "Germany", Criteria = new TerritoryCriteria { Countries = ["DE"] }, MemberRepIds = ["r9"] });
            store.UpsertAccount(new Account { Id = "a9", Name = "Neue GmbH", Domains = ["neue.de"], OwnerId = "r9" });
            store.UpsertOpportunity(new Opportunity { Id = "o9", AccountId = "a9", OwnerId = "r9" });
            store.UpsertPreviousLead(new PreviousLead { Id = "l9", AccountId = "a9", OwnerId = "r9" });
            Assert.True(store.DeletePreviousLead("l2"));
            Assert.True(store.DeleteOpportunity("o2"));
            Assert.False(store.DeleteAccount("missing"));
            Assert.Equal("a9", store.Current.FindAccountByDomain("neue.de")?.Account.Id);
            Assert.Equal("o9", store.GetOpportunity("o9")?.Id);
        }

        using var reopened = db.Open();
        var d = reopened.ExportDataset();
        Assert.Equal(5, reopened.GetRep("r9")!.Workload.OpenLeads);
        Assert.Equal("Germany", reopened.GetTerritory("t-de")!.Name);
        Assert.Equal(["neue.de"], reopened.GetAccount("a9")!.Domains);
        Assert.Equal(["o1", "o9"], d.Opportunities.Select(o => o.Id));
        Assert.Equal(["l1", "l9"], d.PreviousLeads.Select(l => l.Id));
    }

    [Fact]
    public void UpsertAccount_ChangedDomains_OldDomainReleased()
    {
        using var db = new TempDatabase();
        using var store = db.Open();
        store.ImportDataset(StoreTestData.Full());
        store.UpsertAccount(store.GetAccount("a3")! with { Domains = ["acme-south.fr"] });
        store.UpsertAccount(new Account { Id = "a8", Name = "Taker", Domains = ["acme-sud.fr"] });
        Assert.Equal("a8", store.Current.FindAccountByDomain("acme-sud.fr")?.Account.Id);
        Assert.Equal("a3", store.Current.FindAccountByDomain("acme-south.fr")?.Account.Id);
    }

    [Fact]
    public void Delete_StillReferenced_RejectedAndNothingChanged()
    {
        using var db = new TempDatabase();
        using var store = db.Open();
        store.ImportDataset(StoreTestData.Full());
        var before = Json(store.ExportDataset());
        var e = Assert.Throws<DatasetValidationException>(() => store.DeleteRep("r2"));
        Assert.Contains(e.Errors, x => x.RecordId == "a1" && x.Field == "accountManagerId");
        Assert.Throws<DatasetValidationException>(() => store.DeleteAccount("a1"));
        Assert.Equal(before, Json(store.ExportDataset()));
        Assert.NotNull(store.GetRep("r2"));
    }

    [Fact]
    public void UpsertAccount_DomainOfAnotherAccount_Rejected()
    {
        using var db = new TempDatabase();
        using var store = db.Open();
        store.ImportDataset(StoreTestData.Full());
        var e = Assert.Throws<DatasetValidationException>(() => store.UpsertAccount(new Account { Id = "a7", Name = "Thief", Domains = ["acme.com"] }));
        Assert.Equal(("Account", "a7", "domains[0]"), (e.Errors[0].RecordType, e.Errors[0].RecordId, e.Errors[0].Field));
        Assert.Null(store.GetAccount("a7"));
    }

    [Fact]
    public void RepStateChanges_Persisted_AndSnapshotPatched()
    {
        using var db = new TempDatabase();
        var absence = new AbsencePeriod(new DateTimeOffset(2026, 12, 20, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2027, 1, 3, 0, 0, 0, TimeSpan.Zero));
        var workload = new RepWorkload { OpenLeads = 49, OverdueFollowUps = 1, AssignedToday = 7, LastAssignedAt = new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero), ActiveOpportunities = 2 };
        using (var store = db.Open())
        {
            store.ImportDataset(StoreTestData.Full());
            var before = store.Current;
            Assert.True(store.SetRepAvailability("r2", RepStatus.Away));
            Assert.True(store.SetRepAbsences("r2", [absence]));
            Assert.True(store.UpdateRepWorkload("r2", workload));
            Assert.False(store.UpdateRepWorkload("nobody", workload));
            Assert.Equal(RepStatus.Available, before.GetRep("r2")!.Status);
            Assert.Equal(RepStatus.Away, store.Current.GetRep("r2")!.Status);
        }

        using var reopened = db.Open();
        var rep = reopened.GetRep("r2")!;
        Assert.Equal(RepStatus.Away, rep.Status);
        Assert.Equal([absence], rep.Absences);
        Assert.Equal(workload, rep.Workload);
    }

    [Fact]
    public void UpdateRepWorkload_Negative_RejectedAndUnchanged()
    {
        using var db = new TempDatabase();
        using var store = db.Open();
        store.ImportDataset(StoreTestData.Full());
        Assert.Throws<DatasetValidationException>(() => store.UpdateRepWorkload("r1", new RepWorkload { OpenLeads = -1 }));
        Assert.Equal(12, store.ExportDataset().Reps[0].Workload.OpenLeads);
    }

    [Fact]
    public void SetPolicy_Persisted()
    {
        using var db = new TempDatabase();
        using (var store = db.Open())
        {
            store.SetPolicy(RoutingPolicy.Default with { Accounts = new AccountPolicy { AmHandOffContractValue = 80_000m, CompetitorHandling = CompetitorHandling.Disqualify } });
        }

        using var reopened = db.Open();
        Assert.Equal(80_000m, reopened.GetPolicy().Accounts.AmHandOffContractValue);
        Assert.Equal(CompetitorHandling.Disqualify, reopened.GetPolicy().Accounts.CompetitorHandling);
    }

    [Fact]
    public async Task Writes_ConcurrentWithReaders_ReadersSeeOnlyCompleteSnapshots()
    {
        using var db = new TempDatabase();
        using var store = db.Open();
        store.ImportDataset(StoreTestData.Full());
        using var stop = new CancellationTokenSource();
        var torn = 0;
        var reader = Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                var snapshot = store.Current;
                var account = snapshot.FindAccountByDomain("acme-sud.fr")?.Account;
                if (account is null || snapshot.GetAccount(account.Id) != account)
                {
                    Interlocked.Increment(ref torn);
                }
            }
        });
        for (var i = 0; i < 30; i++)
        {
            store.UpsertAccount(store.GetAccount("a3")! with { Name = $"Acme Sud {i}" });
        }

        stop.Cancel();
        await reader;
        Assert.Equal(0, torn);
        Assert.Equal("Acme Sud 29", store.Current.FindAccountByDomain("acme-sud.fr")!.Account.Name);
    }

    internal static string Json(Dataset dataset) => DatasetJson.Serialize(dataset);
}
