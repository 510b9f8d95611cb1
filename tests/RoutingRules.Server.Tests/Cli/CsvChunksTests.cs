using RoutingRules.Domain.Serialization;
using RoutingRules.Server.Cli;
using Proto = RoutingRules.V1;

namespace RoutingRules.Server.Tests.Cli;

public class CsvChunksTests
{
    [Fact]
    public void Requests_SmallLimit_EveryChunkHasHeaderAndRecordsStayWhole()
    {
        var csv = "id,name,aliases\n" + string.Concat(Enumerable.Range(0, 50).Select(i => $"a{i},\"Name {i}\nsecond line\",x;y\n"));

        var requests = CsvChunks.Requests(new StringReader(csv), Proto.ImportMode.Merge, maxChunkChars: 100).ToList();
        var accounts = requests.SelectMany(r => AccountCsv.Read(new StringReader(r.AccountsCsv)).Accounts).ToList();

        Assert.True(requests.Count > 10);
        Assert.All(requests, r => Assert.StartsWith("id,name,aliases\n", r.AccountsCsv));
        Assert.Equal(Proto.ImportMode.Merge, requests[0].Mode);
        Assert.All(requests.Skip(1), r => Assert.Equal(Proto.ImportMode.Unspecified, r.Mode));
        Assert.Equal(Enumerable.Range(0, 50).Select(i => $"a{i}"), accounts.Select(a => a.Id));
        Assert.All(accounts, a => Assert.Contains('\n', a.Name));
    }

    [Fact]
    public void Requests_LineOffsets_CountEarlierPhysicalLines()
    {
        var csv = "id,name\n" + string.Concat(Enumerable.Range(0, 30).Select(i => $"a{i},N{i}\n"));

        var requests = CsvChunks.Requests(new StringReader(csv), Proto.ImportMode.Merge, maxChunkChars: 40).ToList();

        var expected = 0;
        foreach (var request in requests)
        {
            Assert.Equal(expected, request.AccountsCsvLineOffset);
            expected += request.AccountsCsv.Count(c => c == '\n') - 1;
        }

        Assert.Equal(30, expected);
    }

    [Fact]
    public void Requests_HeaderOnly_OneRequestWithNoRecords()
    {
        var requests = CsvChunks.Requests(new StringReader("id,name\n"), Proto.ImportMode.Merge).ToList();

        Assert.Single(requests);
        Assert.Empty(AccountCsv.Read(new StringReader(requests[0].AccountsCsv)).Accounts);
    }
}
