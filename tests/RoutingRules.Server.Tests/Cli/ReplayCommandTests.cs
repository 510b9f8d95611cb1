using RoutingRules.Grpc;
using RoutingRules.Server.Routing.Replay;
using RoutingRules.Server.Tests.Routing;
using Proto = RoutingRules.V1;

namespace RoutingRules.Server.Tests.Cli;

/// <summary><c>routingrules replay</c>: dry runs of a leads file compared with the decisions in force (DOMAIN.md §8).</summary>
[Collection(ConsoleCollection.Name)]
public sealed class ReplayCommandTests
{
    private const string Healthcare = """{"id":"rp-health","email":"dr@clinique.fr","country":"FR","department":"92","industry":"healthcare"}""";
    private const string Acme = """{"id":"rp-acme","email":"jane@acmecorp.com","country":"FR","department":"13"}""";

    [Fact]
    public async Task Replay_PolicyChangedSinceRouting_ListsTheLeadsItSendsElsewhereAndChangesNothing()
    {
        await using var server = await TestServer.StartAsync(loadDemo: true);
        await RouteAsync(server, Healthcare);
        await RouteAsync(server, Acme);
        // Geography before vertical: the healthcare lead now goes to Ile-de-France, not the healthcare specialists.
        await SetDimensionPriorityAsync(server, Proto.RoutingDimension.Geography, Proto.RoutingDimension.Vertical, Proto.RoutingDimension.Segment);
        var file = await LeadsFileAsync(server, Healthcare, Acme, """{"id":"rp-new","email":"cto@new-one.fr","country":"FR","department":"75"}""", "", "not json");
        var before = server.StoredJson();

        var (code, output, _) = await CliRunner.RunAsync("replay", file, "--server", server.Address.ToString());

        Assert.Equal(2, code); // the unreadable line: the file has to change
        Assert.Matches(@"rp-health: .*, territory, Healthcare France -> .*, territory, Ile-de-France", output);
        Assert.Contains("rp-new: not routed before; now ", output, StringComparison.Ordinal);
        Assert.Contains("line 5: not a lead: ", output, StringComparison.Ordinal);
        Assert.Contains("replayed 4 leads on ", output, StringComparison.Ordinal);
        Assert.Matches(@"same owner\s+1\n", output.ReplaceLineEndings("\n"));
        Assert.Matches(@"changed\s+1  \(", output);
        Assert.Matches(@"invalid\s+1  \(", output);
        Assert.Matches(@"failed\s+0\n", output.ReplaceLineEndings("\n"));
        Assert.Equal(before, server.StoredJson());
        Assert.Single(server.Routing().Assignments.History("rp-health"));
    }

    [Fact]
    public async Task Replay_AgainstAnotherServer_ComparesWithThatServersDecisions()
    {
        await using var production = await TestServer.StartAsync(loadDemo: true);
        await using var candidate = await TestServer.StartAsync(loadDemo: true);
        await RouteAsync(production, Healthcare);
        await SetDimensionPriorityAsync(candidate, Proto.RoutingDimension.Geography, Proto.RoutingDimension.Vertical, Proto.RoutingDimension.Segment);
        var file = await LeadsFileAsync(candidate, Healthcare);

        var (code, output, errors) = await CliRunner.RunAsync("replay", file, "--server", candidate.Address.ToString(), "--against", production.Address.ToString());

        Assert.True(code == 0, output + errors);
        Assert.Contains($"against the decisions of {production.Address}", output, StringComparison.Ordinal);
        Assert.Matches(@"changed\s+1", output);
    }

    [Fact]
    public async Task Replay_LeadTheServerRefusesAsInvalid_ListedAndExitTwo()
    {
        await using var server = await TestServer.StartAsync(loadDemo: true);
        var file = await LeadsFileAsync(server, Acme, """{"id":"rp-epoch","email":"jane@acmecorp.com","submittedAt":"1970-01-01T00:00:00Z"}""");

        var (code, output, _) = await CliRunner.RunAsync("replay", file, "--server", server.Address.ToString());

        Assert.Equal(2, code);
        Assert.Contains("line 2 (rp-epoch): InvalidArgument: Invalid request: lead.submitted_at: ", output, StringComparison.Ordinal);
        Assert.Matches(@"invalid\s+1  \(", output);
    }

    [Theory]
    [InlineData(0, 0, 0)]
    [InlineData(1, 0, 2)]
    [InlineData(0, 1, 1)]
    [InlineData(3, 1, 1)] // a failed call leaves the run incomplete, whatever else the file held
    public void ExitCode_InvalidLeadsAreBadInputAndFailedCallsWin(int invalid, int failed, int expected)
    {
        var counts = new Dictionary<ReplayOutcome, int>
        {
            [ReplayOutcome.SameOwner] = 5, [ReplayOutcome.Invalid] = invalid, [ReplayOutcome.Failed] = failed,
        };

        Assert.Equal(expected, ReplayReport.ExitCode(counts));
    }

    [Fact]
    public void Compare_OtherRepOfTheSameTerritoryAndLevel_IsTheDistributionNotAChange()
    {
        var actual = Decision(rep: "ae-1", territory: "t1", Proto.RoutingLevel.Territory);

        Assert.Equal(ReplayOutcome.SameOwner, ReplayComparison.Compare(actual, Decision(rep: "ae-1", territory: "t1", Proto.RoutingLevel.Territory)));
        Assert.Equal(ReplayOutcome.OtherRepSameTerritory, ReplayComparison.Compare(actual, Decision(rep: "ae-2", territory: "t1", Proto.RoutingLevel.Territory)));
        Assert.Equal(ReplayOutcome.Changed, ReplayComparison.Compare(actual, Decision(rep: "ae-2", territory: "t2", Proto.RoutingLevel.Territory)));
        Assert.Equal(ReplayOutcome.Changed, ReplayComparison.Compare(actual, Decision(rep: "ae-2", territory: "t1", Proto.RoutingLevel.Backup)));
        Assert.Equal(ReplayOutcome.Changed, ReplayComparison.Compare(actual, Decision(rep: null, territory: "t1", Proto.RoutingLevel.Territory)));
    }

    private static Proto.RouteLeadResponse Decision(string? rep, string territory, Proto.RoutingLevel level) => new()
    {
        Assignee = rep is null ? new Proto.Assignee { Queue = "default-pool" } : new Proto.Assignee { Rep = new Proto.AssignedRep { Id = rep, Name = rep } },
        Territory = new Proto.AppliedTerritory { Id = territory, Name = territory },
        Level = level,
    };

    private static Task RouteAsync(TestServer server, string leadJson) =>
        server.Client.UnaryAsync(
            RoutingTestServer.RouteLead, new Proto.RouteLeadRequest { Lead = Google.Protobuf.JsonParser.Default.Parse<Proto.Lead>(leadJson) }, Proto.RouteLeadResponse.Parser);

    private static async Task SetDimensionPriorityAsync(TestServer server, params Proto.RoutingDimension[] order)
    {
        var policy = await server.CallAsync("GetPolicy", new Proto.GetPolicyRequest(), Proto.RoutingPolicy.Parser);
        policy.Territories.DimensionPriority.Clear();
        policy.Territories.DimensionPriority.Add(order);
        await server.CallAsync("SetPolicy", new Proto.SetPolicyRequest { Policy = policy }, Proto.RoutingPolicy.Parser);
    }

    private static async Task<string> LeadsFileAsync(TestServer server, params string[] lines)
    {
        var file = Path.Combine(server.Directory, "leads.jsonl");
        await File.WriteAllLinesAsync(file, lines);
        return file;
    }
}
