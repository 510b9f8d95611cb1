using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using RoutingRules.Store;
using Proto = RoutingRules.V1;

namespace RoutingRules.Server.Tests.Routing;

public sealed class RecordOutcomeCrashTests
{
    private const int Connections = 8;

    /// <summary>Every outcome answered OK before a kill -9 is in the database as answered, alongside routing traffic.</summary>
    [Fact]
    public async Task RecordOutcome_ServerKilledMidLoad_EveryRecordedOutcomeStored()
    {
        using var dir = new TempDirectory();
        var recorded = new ConcurrentDictionary<string, (string DecisionId, int Outcome)>();
        await KilledUnderLoad.RunAsync(dir.Database, Connections, 2_000, () => recorded.Count, 200, async (client, c, i, options) =>
        {
            var lead = $"O{c}-{i}";
            await client.UnaryAsync(RoutingTestServer.RouteLead, RoutingTestServer.Request(lead), Proto.RouteLeadResponse.Parser, options);
            // Every other lead changes its mind once: the replacement is what must be stored.
            var outcome = i % 2 == 0 ? Proto.LeadOutcome.Converted : Proto.LeadOutcome.ClosedLost;
            if (i % 2 == 1)
            {
                await client.UnaryAsync(RecordOutcomeServiceTests.RecordOutcome, new Proto.RecordOutcomeRequest { LeadId = lead, Outcome = Proto.LeadOutcome.Nurture }, Proto.RecordOutcomeResponse.Parser, options);
            }

            var answer = await client.UnaryAsync(
                RecordOutcomeServiceTests.RecordOutcome, new Proto.RecordOutcomeRequest { LeadId = lead, Outcome = outcome }, Proto.RecordOutcomeResponse.Parser, options);
            // Stored as the domain's LeadOutcome number: the proto's less one.
            recorded[lead] = (answer.DecisionId, (int)answer.Outcome - 1);
        });

        Assert.True(recorded.Count >= 200, $"only {recorded.Count} outcomes recorded before the kill");
        var stored = StoredOutcomes(dir.Database);
        Assert.All(recorded, r => Assert.True(
            stored.TryGetValue(r.Value.DecisionId, out var outcome) && outcome == r.Value.Outcome, $"outcome of {r.Key} ({r.Value.DecisionId}) lost"));
    }

    private static Dictionary<string, int> StoredOutcomes(string database)
    {
        using var connection = SqliteConnections.Open(new SqliteStoreOptions { Path = database });
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT d.decision_id, o.outcome FROM decision_outcomes o JOIN decisions d ON d.sequence = o.sequence";
        using var reader = command.ExecuteReader();
        var outcomes = new Dictionary<string, int>(StringComparer.Ordinal);
        while (reader.Read())
        {
            outcomes[reader.GetString(0)] = reader.GetInt32(1);
        }

        SqliteConnection.ClearAllPools();
        return outcomes;
    }
}
