using System.Text;
using Microsoft.Data.Sqlite;
using Proto = RoutingRules.V1;

namespace RoutingRules.Server.Tests.Explain;

/// <summary>A dry run evaluates a lead and records nothing: every table is byte-for-byte the same afterwards.</summary>
public sealed class ExplainDryRunTests
{
    [Fact]
    public async Task ExplainRoute_DryRun_ChangesNothingInTheDatabase()
    {
        await using var server = await TestServer.StartAsync(loadDemo: true);
        await ExplainRouteServiceTests.RouteAsync(server, ExplainRouteServiceTests.AcmeLead("before"));
        var before = Dump(server.DataPath);
        var leads = new[]
        {
            ExplainRouteServiceTests.AcmeLead("dry-acme"),
            new Proto.Lead { Id = "dry-rr", Email = "ceo@rr.fr", Country = "FR", Department = "75", City = "Paris", PostalCode = "75008" },
            new Proto.Lead { Id = "dry-unknown", Email = "ceo@novacorp-industries.io" },
            new Proto.Lead { Id = "dry-pool", Email = "ceo@tokyo.example", Country = "JP" },
        };

        var answers = new List<Proto.ExplainRouteResponse>();
        foreach (var lead in leads)
        {
            answers.Add(await ExplainRouteServiceTests.ExplainAsync(server, new Proto.ExplainRouteRequest { Lead = lead, Audience = Proto.ExplanationAudience.Ops }));
        }

        var after = Dump(server.DataPath);
        Assert.All(answers, a => Assert.True(a.DryRun));
        Assert.All(answers, a => Assert.Equal(string.Empty, a.Decision.DecisionId));
        Assert.All(answers, a => Assert.Contains(a.Steps, s => s.Key == "step.dryrun"));
        Assert.Contains(answers, a => a.Decision.Level == Proto.RoutingLevel.Territory);
        Assert.Contains("decisions", before.Keys);
        Assert.Equal(before.Keys, after.Keys);
        foreach (var table in before.Keys)
        {
            Assert.True(before[table] == after[table], $"table {table} changed by a dry run");
        }

        var routed = await ExplainRouteServiceTests.RouteAsync(server, leads[0]);
        Assert.False(routed.Replay);
    }

    private static Dictionary<string, string> Dump(string path)
    {
        var builder = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        using var connection = new SqliteConnection(builder.ToString());
        connection.Open();
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var dump = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\" ORDER BY 1";
            using var reader = select.ExecuteReader();
            var text = new StringBuilder();
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    text.Append(reader.IsDBNull(i) ? "<null>" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)).Append('|');
                }

                text.Append('\n');
            }

            dump[table] = text.ToString();
        }

        return dump;
    }
}
