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
        await KilledUnderLoad.RunAsync(dir.Database, Connections, 2_000, () => acknowledged.Count, 200, async (client, c, i, options) =>
        {
            var lead = $"A{c}-{i}";
            await client.UnaryAsync(RoutingTestServer.RouteLead, RoutingTestServer.Request(lead), Proto.RouteLeadResponse.Parser, options);
            var answer = await client.UnaryAsync(
                AcknowledgeLeadServiceTests.AcknowledgeLead, new Proto.AcknowledgeLeadRequest { LeadId = lead }, Proto.AcknowledgeLeadResponse.Parser, options);
            acknowledged[lead] = answer.Decision.DecisionId;
        });

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
