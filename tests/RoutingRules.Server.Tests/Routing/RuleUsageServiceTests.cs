using RoutingRules.Grpc;
using Proto = RoutingRules.V1;

namespace RoutingRules.Server.Tests.Routing;

/// <summary>ListRules with usage_window_days: the rule match rates of DOMAIN.md §7, through the demo server.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class RuleUsageServiceTests
{
    [Fact]
    public async Task ListRules_WithUsage_SaysHowOftenEachRuleFiredAndWhichAreDead()
    {
        await using var server = await TestServer.StartAsync(loadDemo: true);
        await RouteAsync(server, new Proto.Lead { Id = "u1", Email = "ceo@shop-one.fr", Country = "FR", Department = "75", City = "Paris" });
        await RouteAsync(server, new Proto.Lead { Id = "u2", Email = "ceo@shop-two.fr", Country = "FR", Department = "69" });
        await RouteAsync(server, new Proto.Lead { Id = "u3", Email = "jane@acmecorp.com", Country = "FR", Department = "13" });

        var rules = await ListAsync(server, new Proto.ListRulesRequest { UsageWindowDays = 30 });

        Assert.Equal(3, rules.UsageDecisions);
        Assert.Equal(0.05, rules.UsageReviewBelow, 6);
        var unknownDomain = Assert.Single(rules.Rules, r => r.Name == "Matching.RecordUnknownDomain");
        Assert.Equal(2, unknownDomain.FiredDecisions);
        Assert.Equal(2.0 / 3, unknownDomain.MatchRate, 6);
        Assert.False(unknownDomain.Dead);
        var domain = Assert.Single(rules.Rules, r => r.Name == "Matching.EmailDomain");
        Assert.Equal(1, domain.FiredDecisions);
        var competitor = Assert.Single(rules.Rules, r => r.Name == "Accounts.CompetitorQueue");
        Assert.True(competitor.Dead);
        Assert.True(competitor.NeedsReview);
    }

    [Fact]
    public async Task ListRules_WithoutUsage_ListsTheRulesAlone()
    {
        await using var server = await TestServer.StartAsync(loadDemo: true);
        await RouteAsync(server, new Proto.Lead { Id = "u1", Email = "ceo@shop-one.fr", Country = "FR", Department = "75" });

        var rules = await ListAsync(server, new Proto.ListRulesRequest());

        Assert.Equal(0, rules.UsageDecisions);
        Assert.Null(rules.UsageWindowStart);
        Assert.All(rules.Rules, r => Assert.False(r.Dead || r.NeedsReview || r.FiredDecisions > 0));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3651)]
    public async Task ListRules_BadUsageWindow_InvalidArgumentNamingIt(int days)
    {
        await using var server = await TestServer.StartAsync(loadDemo: true);

        var error = await Assert.ThrowsAsync<GrpcStatusException>(() => ListAsync(server, new Proto.ListRulesRequest { UsageWindowDays = days }));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal("usage_window_days", Assert.Single(error.GetBadRequest()!.FieldViolations).Field);
    }

    [Fact]
    public async Task RulesCommand_UsageDays_MarksDeadRules()
    {
        await using var server = await TestServer.StartAsync(loadDemo: true);
        await RouteAsync(server, new Proto.Lead { Id = "u1", Email = "ceo@shop-one.fr", Country = "FR", Department = "75" });

        var (code, output, _) = await Cli.CliRunner.RunAsync("rules", "--usage-days", "7", "--server", server.Address.ToString());

        Assert.Equal(0, code);
        Assert.Contains("fired over 1 decision since", output, StringComparison.Ordinal);
        Assert.Matches(@"Matching\.RecordUnknownDomain\s+1 \(100\.0%\)", output);
        Assert.Matches(@"Accounts\.CompetitorQueue\s+0  DEAD", output);
    }

    private static Task<Proto.RouteLeadResponse> RouteAsync(TestServer server, Proto.Lead lead) =>
        server.Client.UnaryAsync(RoutingTestServer.RouteLead, new Proto.RouteLeadRequest { Lead = lead }, Proto.RouteLeadResponse.Parser);

    private static Task<Proto.ListRulesResponse> ListAsync(TestServer server, Proto.ListRulesRequest request) =>
        server.Client.UnaryAsync(RoutingTestServer.ListRules, request, Proto.ListRulesResponse.Parser);
}
