using RoutingRules.Domain.Generation;
using RoutingRules.Domain.Model;
using RoutingRules.Domain.Serialization;
using RoutingRules.Grpc;
using RoutingRules.Server.Admin;
using Google.Protobuf;
using Proto = RoutingRules.V1;

namespace RoutingRules.Server.Tests.Admin;

public class ImportExportTests
{
    [Fact]
    public async Task ImportDataset_Replace_StoresExactlyThePayload()
    {
        await using var server = await TestServer.StartWithDataAsync();
        var next = DatasetGenerator.Generate(accounts: 50, reps: 6, territories: 8, seed: 11);

        var response = await server.ImportAsync(TestServer.Requests(next, chunkSize: 7));

        Assert.Equal(50, response.Accounts);
        Assert.Equal(6, response.Reps);
        Assert.True(response.Chunks > 5);
        Assert.Equal(DatasetJson.Serialize(next), server.StoredJson());
        Assert.Null(server.Data.Store.GetRep("alice"));
    }

    [Fact]
    public async Task ImportDataset_Merge_UpsertsByIdAndKeepsOthers()
    {
        await using var server = await TestServer.StartWithDataAsync();
        var patch = Dataset.Empty with
        {
            Reps = [new Rep { Id = "carol", Name = "Carol" }],
            Accounts = [new Account { Id = "acme", Name = "Acme Renamed", Domains = ["acme.com"], OwnerId = "carol" }],
        };

        var response = await server.ImportAsync(TestServer.Requests(patch, Proto.ImportMode.Merge));

        Assert.Equal(3, response.Reps);
        Assert.Equal(2, response.Accounts);
        Assert.Equal("Acme Renamed", server.Data.Store.GetAccount("acme")!.Name);
        Assert.Equal("carol", server.Data.Store.GetAccount("acme")!.OwnerId);
        Assert.NotNull(server.Data.Store.GetAccount("globex"));
        Assert.NotNull(server.Data.Store.GetOpportunity("opp-1"));
    }

    [Fact]
    public async Task ImportDataset_PayloadAboveFourMiB_AppliedInOneTransaction()
    {
        await using var server = await TestServer.StartAsync();
        var large = DatasetGenerator.Generate(accounts: 50_000, reps: 500, territories: 600, seed: 5);
        var requests = TestServer.Requests(large).ToList();

        var response = await server.ImportAsync(requests);

        Assert.True(requests.Sum(r => r.CalculateSize()) > 4 * 1024 * 1024);
        Assert.Equal(50_000, response.Accounts);
        Assert.Equal(50_000, server.Data.Store.Current.AccountCount);
    }

    [Fact]
    public async Task ImportDataset_PolicyTwice_InvalidArgument()
    {
        await using var server = await TestServer.StartWithDataAsync();
        var before = server.StoredJson();
        var requests = new[]
        {
            new Proto.ImportDatasetRequest { Chunk = new Proto.DatasetChunk { Policy = new Proto.RoutingPolicy() } },
            new Proto.ImportDatasetRequest { Chunk = new Proto.DatasetChunk { Policy = new Proto.RoutingPolicy() } },
        };

        var error = await Assert.ThrowsAsync<GrpcStatusException>(() => server.ImportAsync(requests));

        ValidationTests.AssertViolations(error, "chunk[1].policy");
        Assert.Equal(before, server.StoredJson());
    }

    [Fact]
    public async Task ImportDataset_EmptyStream_InvalidArgumentAndNothingWritten()
    {
        await using var server = await TestServer.StartWithDataAsync();
        var before = server.StoredJson();

        var error = await Assert.ThrowsAsync<GrpcStatusException>(() => server.ImportAsync([]));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal(before, server.StoredJson());
    }

    [Fact]
    public async Task ImportDataset_AccountsCsv_MergedIntoStoredData()
    {
        await using var server = await TestServer.StartWithDataAsync();
        var csv = "id,name,domains,ownerId,employeeCount,country\ninitech,Initech,initech.com;initech.io,bob,320,US\n\"umbrella\",\"Umbrella, Inc.\",umbrella.com,,12,GB\n";

        var response = await server.ImportAsync([new Proto.ImportDatasetRequest { Mode = Proto.ImportMode.Merge, AccountsCsv = csv }]);

        Assert.Equal(4, response.Accounts);
        Assert.Equal(["initech.com", "initech.io"], server.Data.Store.GetAccount("initech")!.Domains);
        Assert.Equal("Umbrella, Inc.", server.Data.Store.GetAccount("umbrella")!.Name);
        Assert.NotNull(server.Data.Store.GetAccount("acme"));
    }

    /// <summary>A CRM accounts export sent with the mode left unset is merged: replacing with it deleted every rep, territory and the policy.</summary>
    [Fact]
    public async Task ImportDataset_AccountsCsvWithoutMode_MergedNotReplaced()
    {
        await using var server = await TestServer.StartWithDataAsync();
        var reps = server.Data.Store.ListReps().Count;
        var policy = server.Data.Store.GetPolicy();

        var response = await server.ImportAsync([new Proto.ImportDatasetRequest { AccountsCsv = "id,name\nx1,X1\n" }]);

        Assert.Equal(reps, response.Reps);
        Assert.True(response.Territories > 0);
        Assert.NotNull(server.Data.Store.GetAccount("acme"));
        Assert.NotNull(server.Data.Store.GetAccount("x1"));
        Assert.Equal(policy, server.Data.Store.GetPolicy());
    }

    /// <summary>Records sent with the mode unset still replace, as the proto has always said.</summary>
    [Fact]
    public async Task ImportDataset_RecordsWithoutMode_Replace()
    {
        await using var server = await TestServer.StartWithDataAsync();

        var chunk = new Proto.DatasetChunk();
        chunk.Accounts.Add(new Proto.Account { Id = "only", Name = "Only" });
        var response = await server.ImportAsync([new Proto.ImportDatasetRequest { Chunk = chunk }]);

        Assert.Equal(0, response.Reps);
        Assert.Equal(1, response.Accounts);
    }

    [Fact]
    public async Task ImportDataset_CsvBadCellInSecondChunk_NamesFileLine()
    {
        await using var server = await TestServer.StartWithDataAsync();
        var before = server.StoredJson();
        var requests = new[]
        {
            new Proto.ImportDatasetRequest { Mode = Proto.ImportMode.Merge, AccountsCsv = "id,name\nx1,X1\nx2,X2\n" },
            new Proto.ImportDatasetRequest { AccountsCsv = "id,name,employeeCount\nx3,X3,many\n", AccountsCsvLineOffset = 2 },
        };

        var error = await Assert.ThrowsAsync<GrpcStatusException>(() => server.ImportAsync(requests));

        ValidationTests.AssertViolations(error, "accounts_csv[line 4].employee_count");
        Assert.Equal(before, server.StoredJson());
    }

    [Fact]
    public async Task ExportDataset_SmallChunks_ReassemblesToStoredDataset()
    {
        await using var server = await TestServer.StartAsync();
        var dataset = DatasetGenerator.Generate(accounts: 40, reps: 5, territories: 6, seed: 3);
        server.Data.Store.ImportDataset(dataset);

        var chunks = await server.ExportAsync(chunkSize: 9);
        var accumulator = new ImportAccumulator();
        foreach (var chunk in chunks)
        {
            accumulator.Add(new Proto.ImportDatasetRequest { Chunk = chunk });
        }

        Assert.NotNull(chunks[0].Policy);
        Assert.All(chunks.Skip(1), c => Assert.Null(c.Policy));
        Assert.All(chunks, c => Assert.True(c.Reps.Count + c.Territories.Count + c.Accounts.Count + c.Opportunities.Count + c.PreviousLeads.Count <= 9));
        Assert.Equal(0, accumulator.Errors.Count);
        Assert.Equal(DatasetJson.Serialize(dataset), DatasetJson.Serialize(accumulator.Build(Dataset.Empty)));
    }

    [Fact]
    public async Task ExportDataset_EmptyStore_OneChunkWithDefaultPolicy()
    {
        await using var server = await TestServer.StartAsync();

        var chunks = await server.ExportAsync();

        var chunk = Assert.Single(chunks);
        Assert.Equal(50, chunk.Policy.Capacity.OpenLeadsCap);
        Assert.Empty(chunk.Accounts);
    }
}
