using Google.Protobuf.WellKnownTypes;
using RoutingRules.Domain.Tests.Routing.Commit;
using static RoutingRules.Server.Tests.Escalation.EscalationServiceTests;
using Proto = RoutingRules.V1;

namespace RoutingRules.Server.Tests.Routing;

/// <summary>
/// A demo request's SLA through the server counts from the lead's <c>submitted_at</c>: the answer's
/// deadlines, the stored trace's explanation, and the sweep, which leaves a lead that arrived late
/// with its rep until its escalation time.
/// </summary>
public sealed class SlaFromSubmissionServiceTests
{
    private static Proto.Lead DemoRequest(string id, TimeSpan submittedAgo)
    {
        var lead = ParisLead(id);
        lead.IntentSignals.Add(Proto.IntentSignal.DemoRequest);
        lead.SubmittedAt = Timestamp.FromDateTimeOffset(Start - submittedAgo);
        return lead;
    }

    [Fact]
    public async Task RouteLead_SubmittedTenMinutesAgo_FiveMinutesLeftAndTheRepIsToldSo()
    {
        await using var server = await TestServer.StartAsync(loadDemo: true, clock: new ManualTimeProvider(Start));

        var routed = await RouteAsync(server, DemoRequest("sla-sub-1", TimeSpan.FromMinutes(10)));
        var explained = await ExplainAsync(server, "sla-sub-1", Proto.ExplanationAudience.Rep, "en");

        Assert.Equal(Start.AddMinutes(5), routed.Sla.RespondBy.ToDateTimeOffset());
        Assert.Equal(Start.AddMinutes(20), routed.Sla.EscalateAt.ToDateTimeOffset());
        Assert.Contains("Respond within 5 minutes, by", explained.Summary, StringComparison.Ordinal);
        Assert.Single(explained.Steps, s => s.Key == "sla.submitted");
    }

    [Fact]
    public async Task EscalationSweep_LeadThatArrivedAfterItsTarget_StaysWithItsRepUntilItsEscalationTime()
    {
        var clock = new ManualTimeProvider(Start);
        await using var server = await TestServer.StartAsync(loadDemo: true, clock: clock);
        var routed = await RouteAsync(server, DemoRequest("sla-sub-2", TimeSpan.FromHours(2)));

        clock.Now = Start.AddMinutes(14);
        var early = await server.Routing().EscalateNowAsync();
        clock.Now = Start.AddMinutes(15);
        var due = await server.Routing().EscalateNowAsync();

        Assert.Equal(Start, routed.Sla.RespondBy.ToDateTimeOffset());
        Assert.Equal(Start.AddMinutes(15), routed.Sla.EscalateAt.ToDateTimeOffset());
        Assert.Equal(0, early);
        Assert.Equal(1, due);
    }
}
