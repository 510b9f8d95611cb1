using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using RoutingRules.Grpc;
using RoutingRules.Store;
using Proto = RoutingRules.V1;

namespace RoutingRules.Server.Tests.Routing;

public sealed class RouteLeadCrashTests
{
    private const int Connections = 16;
    private const int MaxRequests = 20_000;

    [Fact]
    public async Task RouteLead_ServerKilledMidLoad_AcknowledgedLeadsStoredOnceAndCountersMatchLog()
    {
        using var dir = new TempDirectory();
        var acknowledged = new ConcurrentDictionary<string, string>();
        var sent = 0;
        using (var child = StartChild(dir.Database, out var address))
        {
            var stop = new CancellationTokenSource();
            var load = Enumerable.Range(0, Connections).Select(c => Task.Run(async () =>
            {
                using var client = new GrpcClient(address);
                for (var i = 0; !stop.IsCancellationRequested && Interlocked.Increment(ref sent) <= MaxRequests; i++)
                {
                    var lead = $"K{c}-{i}";
                    try
                    {
                        var answer = await client.UnaryAsync(RoutingTestServer.RouteLead, RoutingTestServer.Request(lead), Proto.RouteLeadResponse.Parser,
                            new GrpcCallOptions { Deadline = DateTime.UtcNow.AddSeconds(10) });
                        acknowledged[lead] = answer.DecisionId;
                    }
                    catch (Exception) when (stop.IsCancellationRequested)
                    {
                        return;
                    }
                }
            })).ToList();

            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (acknowledged.Count < 400 && DateTime.UtcNow < deadline && !load.All(t => t.IsCompleted))
            {
                await Task.Delay(10);
            }

            child.Kill(entireProcessTree: true);
            await stop.CancelAsync();
            child.WaitForExit();
            await Task.WhenAll(load);
        }

        Assert.True(acknowledged.Count >= 400, $"only {acknowledged.Count} acknowledged before the kill");
        AssertStoredOnce(dir.Database, acknowledged);
        AssertCountersMatchLog(dir.Database);

        using (var restarted = StartChild(dir.Database, out var address))
        {
            using var client = new GrpcClient(address);
            foreach (var (lead, decisionId) in acknowledged.Take(200))
            {
                var replay = await client.UnaryAsync(RoutingTestServer.RouteLead, RoutingTestServer.Request(lead), Proto.RouteLeadResponse.Parser);
                Assert.True(replay.Replay);
                Assert.Equal(decisionId, replay.DecisionId);
            }

            restarted.Kill(entireProcessTree: true);
            restarted.WaitForExit();
        }
    }

    private static void AssertStoredOnce(string database, IReadOnlyDictionary<string, string> acknowledged)
    {
        var stored = new Dictionary<string, List<string>>();
        using var connection = Open(database);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT lead_id, decision_id FROM decisions";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var lead = reader.GetString(0);
            if (!stored.TryGetValue(lead, out var ids))
            {
                stored[lead] = ids = [];
            }

            ids.Add(reader.GetString(1));
        }

        Assert.All(stored, s => Assert.Single(s.Value));
        Assert.All(acknowledged, a => Assert.Equal(a.Value, Assert.Single(stored[a.Key])));
    }

    /// <param name="database">The database file.</param>
    /// <param name="everyDecisionRouted">
    /// True when every decision came from RouteLead: then the rotation's cursor moved once per
    /// decision (a manual assignment moves none).
    /// </param>
    internal static void AssertCountersMatchLog(string database, bool everyDecisionRouted = true)
    {
        using var connection = Open(database);
        Assert.Equal(0L, Scalar(connection, """
            SELECT count(*) FROM rep_live_counters c
            WHERE c.open_leads <> (SELECT count(*) FROM decisions d WHERE d.rep_id = c.rep_id AND d.superseded_by IS NULL)
               OR c.assigned_today <> (SELECT count(*) FROM decisions d WHERE d.rep_id = c.rep_id AND d.decided_day = c.assigned_day)
               OR c.last_assigned_at <> (SELECT max(decided_at) FROM decisions d WHERE d.rep_id = c.rep_id)
            """));
        Assert.Equal(Scalar(connection, "SELECT count(*) FROM decisions WHERE rep_id IS NOT NULL AND superseded_by IS NULL"),
            Scalar(connection, "SELECT coalesce(sum(open_leads), 0) FROM rep_live_counters"));
        Assert.Equal(Scalar(connection, "SELECT count(*) FROM decisions"), Scalar(connection, "SELECT coalesce(max(sequence), 0) FROM decisions"));
        if (everyDecisionRouted)
        {
            Assert.Equal(Scalar(connection, "SELECT count(*) FROM decisions"), Scalar(connection, "SELECT position FROM territory_cursors"));
        }
    }

    private static SqliteConnection Open(string database) => SqliteConnections.Open(new SqliteStoreOptions { Path = database });

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    internal static Process StartChild(string database, out Uri address)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "exec", typeof(RouteCrashChild).Assembly.Location, "route-server", database })
        {
            start.ArgumentList.Add(arg);
        }

        var child = Process.Start(start) ?? throw new InvalidOperationException("The child process did not start.");
        var line = child.StandardOutput.ReadLineAsync();
        if (!line.Wait(TimeSpan.FromSeconds(60)) || line.Result is not { } text || !text.StartsWith(RouteCrashChild.ListeningMarker, StringComparison.Ordinal))
        {
            child.Kill(entireProcessTree: true);
            throw new InvalidOperationException("The routing child did not start: " + child.StandardError.ReadToEnd());
        }

        address = new Uri(text[RouteCrashChild.ListeningMarker.Length..]);
        return child;
    }
}
