using RoutingRules.Domain.Generation;
using RoutingRules.Domain.Model;
using RoutingRules.Domain.Serialization;
using RoutingRules.Domain.Validation;

namespace RoutingRules.Store.Tests;

public class ImportDatasetTests
{
    [Fact]
    public void ImportDataset_BadRecordInTheMiddle_DatabaseUnchanged()
    {
        using var db = new TempDatabase();
        using var store = db.Open();
        store.ImportDataset(StoreTestData.Full());
        var before = SqliteReferenceDataStoreTests.Json(store.ExportDataset());
        var next = DatasetGenerator.Generate(2_000, 50, 80, seed: 3);
        var accounts = next.Accounts.ToList();
        accounts[1_000] = accounts[1_000] with { OwnerId = "ghost" };

        var e = Assert.Throws<DatasetValidationException>(() => store.ImportDataset(next with { Accounts = accounts }));

        Assert.Equal(("Account", accounts[1_000].Id, "ownerId"), (e.Errors[0].RecordType, e.Errors[0].RecordId, e.Errors[0].Field));
        Assert.Equal(before, SqliteReferenceDataStoreTests.Json(store.ExportDataset()));
        Assert.Equal(before, SqliteReferenceDataStoreTests.Json(store.Current.Dataset));
    }

    [Fact]
    public void ImportDataset_FailureInsideTransaction_RolledBack()
    {
        using var db = new TempDatabase();
        using var store = db.Open();
        store.ImportDataset(StoreTestData.Full());
        var before = SqliteReferenceDataStoreTests.Json(store.ExportDataset());
        var next = DatasetGenerator.Generate(3_000, 50, 80, seed: 4);

        Assert.Throws<IOException>(() => store.ImportDataset(next, rows =>
        {
            if (rows >= 2_000)
            {
                throw new IOException("simulated failure half-way");
            }
        }));

        Assert.Equal(before, SqliteReferenceDataStoreTests.Json(store.ExportDataset()));
        using var reopened = db.Open();
        Assert.Equal(before, SqliteReferenceDataStoreTests.Json(reopened.ExportDataset()));
    }

    [Fact]
    public void ImportDataset_ReplacesPreviousData()
    {
        using var db = new TempDatabase();
        using var store = db.Open();
        store.ImportDataset(StoreTestData.Full());
        var next = DatasetGenerator.Generate(500, 20, 30, seed: 5);
        store.ImportDataset(next);
        var exported = store.ExportDataset();
        Assert.Equal(SqliteReferenceDataStoreTests.Json(next), SqliteReferenceDataStoreTests.Json(exported));
        Assert.Null(store.GetAccount("a1"));
        Assert.Equal(500, store.Current.AccountCount);
    }

    [Fact]
    public void ImportDataset_DemoSample_RoundTripsThroughReopen()
    {
        using var db = new TempDatabase();
        var demo = DatasetJson.Load(Path.Combine(AppContext.BaseDirectory, "samples", "demo-dataset.json"));
        using (var store = db.Open())
        {
            store.ImportDataset(demo);
        }

        using var reopened = db.Open();
        Assert.Equal(SqliteReferenceDataStoreTests.Json(demo), SqliteReferenceDataStoreTests.Json(reopened.ExportDataset()));
        Assert.Equal("acc-acme", reopened.Current.FindAccountByDomain("jane@acme.com")?.Account.Id);
    }

    [Fact]
    public void ImportDataset_Empty_ClearsEverything()
    {
        using var db = new TempDatabase();
        using var store = db.Open();
        store.ImportDataset(StoreTestData.Full());
        store.ImportDataset(Dataset.Empty);
        Assert.Empty(store.ExportDataset().Reps);
        Assert.Null(store.Current.FindAccountByDomain("acme.com"));
    }
}
