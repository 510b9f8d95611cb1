using RoutingRules.Grpc;
using RoutingRules.Server.Routing;
using RoutingRules.Server.Routing.Cli;
using Health = global::Grpc.Health.V1;
using Proto = RoutingRules.V1;

namespace RoutingRules.Server.Tests.Routing;

/// <summary>RouteLead through the real composition root: demo dataset, compiled rule set, routing host.</summary>
public sealed class RouteLeadServerHostTests
{
    [Fact]
    public async Task RouteLead_DemoServer_RoutesWithRuleSetAndStoresDecision()
    {
        await using var server = await TestServer.StartAsync(loadDemo: true);
        var request = new Proto.RouteLeadRequest
        {
            Lead = new Proto.Lead { Id = "host-1", Email = "jane@gmail.com", CompanyName = "Microsoft Inc", Country = "FR" },
        };

        var health = await server.Client.UnaryAsync(
            "/grpc.health.v1.Health/Check", new Health.HealthCheckRequest { Service = LeadRoutingOptions.ServiceName }, Health.HealthCheckResponse.Parser);
        var decision = await server.Client.UnaryAsync(RoutingTestServer.RouteLead, request, Proto.RouteLeadResponse.Parser);
        var replay = await server.Client.UnaryAsync(RoutingTestServer.RouteLead, request, Proto.RouteLeadResponse.Parser);
        var rules = await server.Client.UnaryAsync(RoutingTestServer.ListRules, new Proto.ListRulesRequest(), Proto.ListRulesResponse.Parser);

        Assert.Equal(Health.HealthCheckResponse.Types.ServingStatus.Serving, health.Status);
        Assert.Equal(Proto.Assignee.KindOneofCase.Rep, decision.Assignee.KindCase);
        Assert.Equal("acc-microsoft", decision.AccountId);
        Assert.NotEqual(Proto.RoutingLevel.Unspecified, decision.Level);
        Assert.True(replay.Replay);
        Assert.Equal(decision.DecisionId, replay.DecisionId);
        Assert.Equal(decision.RuleSetVersion, rules.RuleSetVersion);
        Assert.True(rules.Rules.Count > 10);
        Assert.True(rules.Rules.Zip(rules.Rules.Skip(1)).All(p => p.First.Priority >= p.Second.Priority));
        var history = server.App.Services.GetRequiredService<LeadRoutingHost>().Assignments.History("host-1");
        var firedRules = Assert.Single(history).Trace.FiredRules;
        Assert.NotEmpty(firedRules);

        // The trace was stored with the rule names as numbers of the log's vocabulary, which holds
        // every rule and the name an escalation gets when no escalation rule chose.
        using var connection = Store.SqliteConnections.Open(new Store.SqliteStoreOptions { Path = server.DataPath });
        using var read = connection.CreateCommand();
        read.CommandText = "SELECT trace, (SELECT count(*) FROM trace_vocabulary) FROM decision_traces";
        using var row = read.ExecuteReader();
        Assert.True(row.Read());
        var stored = System.Text.Encoding.UTF8.GetString(row.GetFieldValue<byte[]>(0));
        Assert.All(firedRules, rule => Assert.DoesNotContain(rule, stored, StringComparison.Ordinal));
        Assert.Equal(rules.Rules.Count + 1, row.GetInt64(1));
    }

    [Fact]
    public void Print_RepDecision_ShowsAssigneeSlaAndReason()
    {
        var now = new DateTimeOffset(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);
        var decision = new Proto.RouteLeadResponse
        {
            LeadId = "L1",
            DecisionId = "d1",
            Assignee = new Proto.Assignee { Rep = new Proto.AssignedRep { Id = "ae-1", Name = "Ann Lee" } },
            Level = Proto.RoutingLevel.CustomerOwner,
            Treatment = Proto.Treatment.SeniorAeImmediate,
            Priority = Proto.LeadPriority.Hot,
            Sla = new Proto.Sla
            {
                RespondBy = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(now.AddMinutes(15)),
                EscalateAt = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(now.AddHours(8)),
            },
            Reason = "Customer account owner.",
            RuleSetVersion = "abc",
            Replay = true,
        };
        decision.Flags.Add(Proto.DecisionFlag.OwnerAbsent);
        using var output = new StringWriter();

        DecisionPrinter.Print(decision, output, now);

        var text = output.ToString();
        Assert.Contains("assignee   Ann Lee (ae-1)", text, StringComparison.Ordinal);
        Assert.Contains("level      customer owner", text, StringComparison.Ordinal);
        Assert.Contains("respond by 2026-03-02 12:15 UTC (in 15 min)", text, StringComparison.Ordinal);
        Assert.Contains("escalate   2026-03-02 20:00 UTC (in 8 h)", text, StringComparison.Ordinal);
        Assert.Contains("flags      owner absent", text, StringComparison.Ordinal);
        Assert.Contains("(replay of an earlier decision)", text, StringComparison.Ordinal);
        Assert.Contains("reason     Customer account owner.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Print_SlaDaysAway_InDaysNotHours()
    {
        var now = new DateTimeOffset(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);
        var decision = new Proto.RouteLeadResponse
        {
            DecisionId = "d-2",
            LeadId = "L-2",
            Assignee = new Proto.Assignee { Rep = new Proto.AssignedRep { Id = "ae-1", Name = "Ann Lee" } },
            Sla = new Proto.Sla
            {
                RespondBy = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(now.AddDays(7)),
                EscalateAt = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(now.AddDays(14)),
            },
        };
        using var output = new StringWriter();

        DecisionPrinter.Print(decision, output, now);

        Assert.Contains("respond by 2026-03-09 12:00 UTC (in 7 days)", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("escalate   2026-03-16 12:00 UTC (in 14 days)", output.ToString(), StringComparison.Ordinal);
    }
}
