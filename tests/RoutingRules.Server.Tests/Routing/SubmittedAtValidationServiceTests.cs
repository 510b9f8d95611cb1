using Google.Protobuf.WellKnownTypes;
using RoutingRules.Domain.Tests.Routing.Commit;
using RoutingRules.Grpc;
using static RoutingRules.Server.Tests.Escalation.EscalationServiceTests;
using Proto = RoutingRules.V1;

namespace RoutingRules.Server.Tests.Routing;

/// <summary>
/// An implausible <c>submitted_at</c> (an unset client date, a date far ahead of the server's clock)
/// is refused by RouteLead and ExplainRoute with INVALID_ARGUMENT naming the field, and nothing is
/// stored; the window is read against the server's clock.
/// </summary>
public sealed class SubmittedAtValidationServiceTests
{
    [Theory]
    [InlineData("year-one")]
    [InlineData("epoch")]
    [InlineData("before-2000")]
    [InlineData("days-ahead")]
    public async Task RouteLeadAndDryRun_ImplausibleSubmissionTime_InvalidArgumentNamingItAndNothingStored(string name)
    {
        await using var server = await TestServer.StartAsync(loadDemo: true, clock: new ManualTimeProvider(Start));
        var lead = ParisLead("sub-" + name);
        lead.SubmittedAt = Implausible(name);
        var before = server.StoredJson();

        var routed = await Assert.ThrowsAsync<GrpcStatusException>(() => RouteAsync(server, lead));
        var dryRun = await Assert.ThrowsAsync<GrpcStatusException>(() =>
            server.Client.UnaryAsync(Service + "ExplainRoute", new Proto.ExplainRouteRequest { Lead = lead }, Proto.ExplainRouteResponse.Parser));

        foreach (var error in new[] { routed, dryRun })
        {
            Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
            Assert.Equal("lead.submitted_at", Assert.Single(error.GetBadRequest()!.FieldViolations).Field);
            Assert.Contains("lead.submitted_at: ", error.Detail, StringComparison.Ordinal);
        }

        Assert.Empty(server.Routing().Assignments.History(lead.Id));
        Assert.Equal(before, server.StoredJson());
    }

    [Fact]
    public async Task RouteLead_SubmittedLessThanADayAheadOfTheServer_AcceptedAndTheSlaStartsAtRouting()
    {
        // A client clock ahead of the server's is skew, not bad input: the SLA counts from routing.
        await using var server = await TestServer.StartAsync(loadDemo: true, clock: new ManualTimeProvider(Start));
        var lead = ParisLead("sub-skew");
        lead.IntentSignals.Add(Proto.IntentSignal.DemoRequest);
        lead.SubmittedAt = Timestamp.FromDateTimeOffset(Start.AddHours(23));

        var routed = await RouteAsync(server, lead);

        Assert.Equal(Start.AddMinutes(15), routed.Sla.RespondBy.ToDateTimeOffset());
    }

    private static Timestamp Implausible(string name) => name switch
    {
        "year-one" => Timestamp.FromDateTimeOffset(DateTimeOffset.MinValue), // C#'s default(DateTime)
        "epoch" => new Timestamp(),                                          // seconds = 0
        "before-2000" => Timestamp.FromDateTimeOffset(new DateTimeOffset(1999, 12, 31, 23, 59, 59, TimeSpan.Zero)),
        "days-ahead" => Timestamp.FromDateTimeOffset(Start.AddDays(1).AddSeconds(1)),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };
}
