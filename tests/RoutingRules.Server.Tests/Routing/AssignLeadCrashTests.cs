using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using RoutingRules.Grpc;
using RoutingRules.Store;
using Proto = RoutingRules.V1;

namespace RoutingRules.Server.Tests.Routing;

public sealed class AssignLeadCrashTests
{
    private const int Connections = 8;

    /// <summary>
    /// Every manual assignment answered OK before a kill -9 is in the database and in force (acknowledged
    /// when asked), alongside routing traffic, and the reps' counters equal a recount of the decisions.
    /// </summary>
    [Fact]
    public async Task AssignLead_ServerKilledMidLoad_EveryAnsweredAssignmentStoredInForce()
    {
        using var dir = new TempDirectory();
        var assigned = new ConcurrentDictionary<string, (string DecisionId, bool Acknowledged)>();
        await KilledUnderLoad.RunAsync(dir.Database, Connections, 2_000, () => assigned.Count, 200, async (client, c, i, options) =>
        {
            var lead = $"M{c}-{i}";
            await client.UnaryAsync(RoutingTestServer.RouteLead, RoutingTestServer.Request(lead), Proto.RouteLeadResponse.Parser, options);
            var request = AssignLeadServiceTests.Request(lead, $"rep-{(c + i) % RouteCrashChild.Reps}", "crash test", acknowledged: i % 2 == 0);
            var answer = await AssignLeadServiceTests.AssignAsync(client, request, options);
            assigned[lead] = (answer.Decision.DecisionId, request.Acknowledged);
        });

        Assert.True(assigned.Count >= 200, $"only {assigned.Count} assigned before the kill");
        var stored = StoredInForce(dir.Database);
        Assert.All(assigned, a => Assert.True(stored.TryGetValue(a.Value.DecisionId, out var acknowledged) && acknowledged == a.Value.Acknowledged,
            $"manual assignment of {a.Key} ({a.Value.DecisionId}) lost or not as answered"));
        RouteLeadCrashTests.AssertCountersMatchLog(dir.Database, everyDecisionRouted: false);
    }

    // The decisions in force and whether each is acknowledged.
    private static Dictionary<string, bool> StoredInForce(string database)
    {
        using var connection = SqliteConnections.Open(new SqliteStoreOptions { Path = database });
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT d.decision_id, a.sequence IS NOT NULL FROM decisions d LEFT JOIN decision_acknowledgements a ON a.sequence = d.sequence
            WHERE d.superseded_by IS NULL
            """;
        using var reader = command.ExecuteReader();
        var inForce = new Dictionary<string, bool>(StringComparer.Ordinal);
        while (reader.Read())
        {
            inForce[reader.GetString(0)] = reader.GetBoolean(1);
        }

        SqliteConnection.ClearAllPools();
        return inForce;
    }
}
