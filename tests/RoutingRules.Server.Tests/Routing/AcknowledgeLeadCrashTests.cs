using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using RoutingRules.Grpc;
using RoutingRules.Store;
using Proto = RoutingRules.V1;

namespace RoutingRules.Server.Tests.Routing;

public sealed class AcknowledgeLeadCrashTests
{
    private const int Connections = 8;

    /// <summary>Every acknowledgement answered OK before a kill -9 is in the database, alongside routing traffic.</summary>
    [Fact]
    public async Task AcknowledgeLead_ServerKilledMidLoad_EveryAcknowledgedLeadStored()
    {
        using var dir = new TempDirectory();
        var acknowledged = new ConcurrentDictionary<string, string>();
        using (var child = RouteLeadCrashTests.StartChild(dir.Database, out var address))
        {
            var stop = new CancellationTokenSource();
            var load = Enumerable.Range(0, Connections).Select(c => Task.Run(async () =>
            {
                using var client = new GrpcClient(address);
                for (var i = 0; !stop.IsCancellationRequested && i < 2_000; i++)
                {
                    var lead = $"A{c}-{i}";
                    try
                    {
                        var options = new GrpcCallOptions { Deadline = DateTime.UtcNow.AddSeconds(10) };
                        await client.UnaryAsync(RoutingTestServer.RouteLead, RoutingTestServer.Request(lead), Proto.RouteLeadResponse.Parser, options);
                        var answer = await client.UnaryAsync(
                            AcknowledgeLeadServiceTests.AcknowledgeLead, new Proto.AcknowledgeLeadRequest { LeadId = lead }, Proto.AcknowledgeLeadResponse.Parser, options);
                        acknowledged[lead] = answer.Decision.DecisionId;
                    }
                    catch (Exception) when (stop.IsCancellationRequested)
                    {
                        return;
                    }
                }
            })).ToList();

            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (acknowledged.Count < 200 && DateTime.UtcNow < deadline && !load.All(t => t.IsCompleted))
            {
                await Task.Delay(10);
            }

            child.Kill(entireProcessTree: true);
            await stop.CancelAsync();
            child.WaitForExit();
            await Task.WhenAll(load);
        }

        Assert.True(acknowledged.Count >= 200, $"only {acknowledged.Count} acknowledged before the kill");
        var stored = StoredAcknowledgements(dir.Database);
        Assert.All(acknowledged, a => Assert.True(stored.Contains(a.Value), $"acknowledgement of {a.Key} ({a.Value}) lost"));
    }

    private static HashSet<string> StoredAcknowledgements(string database)
    {
        using var connection = SqliteConnections.Open(new SqliteStoreOptions { Path = database });
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT d.decision_id FROM decision_acknowledgements a JOIN decisions d ON d.sequence = a.sequence";
        using var reader = command.ExecuteReader();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
        }

        SqliteConnection.ClearAllPools();
        return ids;
    }
}
