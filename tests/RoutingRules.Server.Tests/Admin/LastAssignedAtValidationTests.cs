using Google.Protobuf.WellKnownTypes;
using RoutingRules.Domain.Model;
using RoutingRules.Domain.Tests.Routing.Commit;
using RoutingRules.Grpc;
using Proto = RoutingRules.V1;

namespace RoutingRules.Server.Tests.Admin;

/// <summary>
/// A rep's <c>workload.last_assigned_at</c> is refused when implausible against the server's clock
/// (before 2000, or more than a day ahead: the rep would be cooling down until then), by every
/// write that carries one, and nothing is written.
/// </summary>
public sealed class LastAssignedAtValidationTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("year-one")]
    [InlineData("epoch")]
    [InlineData("days-ahead")]
    public async Task UpdateRepWorkload_ImplausibleLastAssignedAt_NamesItAndWritesNothing(string name)
    {
        await using var server = await StartAsync();
        var before = server.StoredJson();
        var request = new Proto.UpdateRepWorkloadRequest { RepId = "alice", Workload = new Proto.RepWorkload { OpenLeads = 3, LastAssignedAt = Implausible(name) } };

        var error = await Assert.ThrowsAsync<GrpcStatusException>(() => server.CallAsync("UpdateRepWorkload", request, Proto.Rep.Parser));

        ValidationTests.AssertViolations(error, "workload.last_assigned_at");
        Assert.Equal(before, server.StoredJson());
    }

    [Fact]
    public async Task UpdateRepWorkload_LastAssignedAtAnHourAhead_StoredAsClockSkew()
    {
        await using var server = await StartAsync();
        var request = new Proto.UpdateRepWorkloadRequest
        {
            RepId = "alice", Workload = new Proto.RepWorkload { LastAssignedAt = Timestamp.FromDateTimeOffset(Now.AddHours(1)) },
        };

        await server.CallAsync("UpdateRepWorkload", request, Proto.Rep.Parser);

        Assert.Equal(Now.AddHours(1), server.Data.Store.GetRep("alice")!.Workload.LastAssignedAt);
    }

    [Fact]
    public async Task UpsertRep_LastAssignedAtDaysAhead_NamesTheRepFieldAndWritesNothing()
    {
        await using var server = await StartAsync();
        var before = server.StoredJson();
        var rep = new Proto.Rep { Id = "zed", Name = "Zed", Workload = new Proto.RepWorkload { LastAssignedAt = Implausible("days-ahead") } };

        var error = await Assert.ThrowsAsync<GrpcStatusException>(() => server.CallAsync("UpsertRep", new Proto.UpsertRepRequest { Rep = rep }, Proto.Rep.Parser));

        ValidationTests.AssertViolations(error, "reps[zed].workload.last_assigned_at");
        Assert.Equal(before, server.StoredJson());
    }

    [Fact]
    public async Task ImportDataset_LastAssignedAtOfYearOne_NamesTheRepFieldAndWritesNothing()
    {
        await using var server = await StartAsync();
        var before = server.StoredJson();
        var dataset = AdminTestData.Dataset with
        {
            Reps = [.. AdminTestData.Dataset.Reps, new Rep { Id = "old", Name = "Old", Workload = new RepWorkload { LastAssignedAt = DateTimeOffset.MinValue } }],
        };

        var error = await Assert.ThrowsAsync<GrpcStatusException>(() => server.ImportAsync(TestServer.Requests(dataset)));

        ValidationTests.AssertViolations(error, "reps[old].workload.last_assigned_at");
        Assert.Equal(before, server.StoredJson());
    }

    private static async Task<TestServer> StartAsync()
    {
        var server = await TestServer.StartAsync(clock: new ManualTimeProvider(Now));
        server.Data.Store.ImportDataset(AdminTestData.Dataset);
        return server;
    }

    private static Timestamp Implausible(string name) => name switch
    {
        "year-one" => Timestamp.FromDateTimeOffset(DateTimeOffset.MinValue), // C#'s default(DateTime)
        "epoch" => new Timestamp(),                                          // seconds = 0
        "days-ahead" => Timestamp.FromDateTimeOffset(Now.AddDays(2)),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };
}
