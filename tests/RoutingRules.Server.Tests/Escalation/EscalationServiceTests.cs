using RoutingRules.Domain.Tests.Routing.Commit;
using RoutingRules.Grpc;
using Proto = RoutingRules.V1;

namespace RoutingRules.Server.Tests.Escalation;

/// <summary>
/// SLA escalation end to end on the demo server with the real rule set and a clock the test moves:
/// a Paris lead (round-robin in Paris intra-muros, backup Chloé Bernard, manager Manon Leroy) that
/// nobody acknowledges within its 10 business days.
/// </summary>
public sealed class EscalationServiceTests
{
    internal const string Service = "/routingrules.v1.LeadRouter/";
    internal static readonly DateTimeOffset Start = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);
    internal static readonly DateTimeOffset Overdue = Start.AddDays(20);

    [Fact]
    public async Task Escalate_UnacknowledgedPastEscalateAt_BackupGetsItAndEverythingRecordsIt()
    {
        var clock = new ManualTimeProvider(Start);
        await using var server = await TestServer.StartAsync(loadDemo: true, clock: clock);
        var first = await RouteAsync(server, ParisLead("esc-1"));
        var previous = first.Assignee.Rep;
        var before = server.Routing().Assignments.ReadState(s => (Previous: s.WorkloadOf(previous.Id).OpenLeads, Backup: s.WorkloadOf("ae-paris-3").OpenLeads));
        clock.Now = Overdue;

        var escalated = await server.Routing().EscalateNowAsync();

        Assert.Equal(1, escalated);
        var explained = await ExplainAsync(server, "esc-1", Proto.ExplanationAudience.Ops, "en");
        var now = explained.Decision;
        Assert.Equal("ae-paris-3", now.Assignee.Rep.Id);
        Assert.Equal(Proto.RoutingLevel.SlaEscalation, now.Level);
        Assert.Contains(Proto.DecisionFlag.SlaEscalated, now.Flags);
        Assert.Equal(first.DecisionId, now.SupersedesDecisionId);
        Assert.Equal("ter-paris", now.Territory.Id);
        Assert.StartsWith($"escalated: no response from {previous.Name} ({previous.Id}) by 2026-12-04 10:00 UTC", now.Reason, StringComparison.Ordinal);
        Assert.Equal(Overdue, now.DecidedAt.ToDateTimeOffset());
        Assert.Equal(Overdue.AddDays(10), now.Sla.EscalateAt.ToDateTimeOffset()); // a fresh content-download SLA: 10 days without action
        Assert.Equal([first.DecisionId, now.DecisionId], explained.History.Select(h => h.DecisionId));
        var after = server.Routing().Assignments.ReadState(s => (Previous: s.WorkloadOf(previous.Id).OpenLeads, Backup: s.WorkloadOf("ae-paris-3").OpenLeads));
        Assert.Equal((before.Previous - 1, before.Backup + 1), after);
        var replay = await RouteAsync(server, ParisLead("esc-1"));
        Assert.True(replay.Replay);
        Assert.Equal(now.DecisionId, replay.DecisionId);
        var health = await server.Client.UnaryAsync(Service + "GetRoutingHealth", new Proto.GetRoutingHealthRequest(), Proto.GetRoutingHealthResponse.Parser);
        Assert.Equal((1, 1, 1), (health.Decisions, health.Reassigned, health.Escalated));
        Assert.Equal(1.0, health.ReassignmentRate, 6);
        Assert.Equal(0.05, health.ReassignmentRateAlert, 6);
        Assert.True(health.ReassignmentAboveAlert);
    }

    [Fact]
    public async Task ExplainRoute_EscalatedToTheBackup_TellsTheRepWhyWithoutNamingThePreviousOne()
    {
        var clock = new ManualTimeProvider(Start);
        await using var server = await TestServer.StartAsync(loadDemo: true, clock: clock);
        var first = await RouteAsync(server, ParisLead("esc-2"));
        clock.Now = Overdue;
        await server.Routing().EscalateNowAsync();

        var repEn = await ExplainAsync(server, "esc-2", Proto.ExplanationAudience.Rep, "en");
        var repFr = await ExplainAsync(server, "esc-2", Proto.ExplanationAudience.Rep, "fr");
        var opsEn = await ExplainAsync(server, "esc-2", Proto.ExplanationAudience.Ops, "en");
        var opsFr = await ExplainAsync(server, "esc-2", Proto.ExplanationAudience.Ops, "fr");

        var previous = first.Assignee.Rep;
        Assert.Equal(
            "This lead was escalated to you as the backup of Paris intra-muros: the rep it was assigned to did not respond by 2026-12-04 11:00 (Europe/Paris).",
            Step(repEn, "decision.Escalation.TerritoryBackup.rep"));
        Assert.Equal(
            "Ce lead vous a été escaladé au titre de la suppléance de Paris intra-muros : le commercial à qui il était attribué n'a pas répondu avant le 04/12/2026 à 11h00 (Europe/Paris).",
            Step(repFr, "decision.Escalation.TerritoryBackup.rep"));
        Assert.Equal(
            $"{previous.Name} ({previous.Id}) did not acknowledge the lead by 2026-12-04 11:00 (Europe/Paris); it was escalated to Chloé Bernard (ae-paris-3), the backup of Paris intra-muros.",
            Step(opsEn, "decision.Escalation.TerritoryBackup.ops"));
        Assert.Equal(
            $"{previous.Name} ({previous.Id}) n'a pas pris en charge le lead avant le 04/12/2026 à 11h00 (Europe/Paris) ; il a été escaladé à Chloé Bernard (ae-paris-3), au titre de la suppléance de Paris intra-muros.",
            Step(opsFr, "decision.Escalation.TerritoryBackup.ops"));
        Assert.Contains(repEn.Steps, s => s.Key == "flag.SlaEscalated");
        Assert.Contains(opsFr.Steps, s => s.Key == "flag.SlaEscalated" && s.Text.StartsWith("Le lead a été escaladé automatiquement", StringComparison.Ordinal));
        Assert.StartsWith("This lead is yours (SLA escalation): ", repEn.Summary, StringComparison.Ordinal);
        foreach (var rep in new[] { repEn, repFr })
        {
            var everything = rep.Summary + string.Join("\n", rep.Steps.Select(s => s.Text)) + rep.TraceJson + rep.Decision.Reason
                + string.Join("\n", rep.History.Select(h => h.ToString()));
            Assert.DoesNotContain(previous.Name, everything, StringComparison.Ordinal);
            Assert.DoesNotContain(previous.Id, everything, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Escalate_BackupInAMeeting_TheManagerGetsIt()
    {
        var clock = new ManualTimeProvider(Start);
        await using var server = await TestServer.StartAsync(loadDemo: true, clock: clock);
        await RouteAsync(server, ParisLead("esc-3"));
        await SetStatusAsync(server, "ae-paris-3", Proto.RepStatus.InMeeting);
        clock.Now = Overdue;

        await server.Routing().EscalateNowAsync();

        var rep = await ExplainAsync(server, "esc-3", Proto.ExplanationAudience.Rep, "en");
        var ops = await ExplainAsync(server, "esc-3", Proto.ExplanationAudience.Ops, "fr");
        Assert.Equal("mgr-fr", rep.Decision.Assignee.Rep.Id);
        Assert.Contains("Manon Leroy (mgr-fr), the manager, takes it", ops.Decision.Reason, StringComparison.Ordinal);
        Assert.Equal(
            "This lead was escalated to you as the manager of the rep it was assigned to, who did not respond by 2026-12-04 11:00 (Europe/Paris).",
            Step(rep, "decision.Escalation.Manager.rep"));
        Assert.EndsWith("il a été escaladé à son manager Manon Leroy (mgr-fr).", Step(ops, "decision.Escalation.Manager.ops"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Escalate_NeitherBackupNorManagerAvailable_EscalationQueue()
    {
        var clock = new ManualTimeProvider(Start);
        await using var server = await TestServer.StartAsync(loadDemo: true, clock: clock);
        var first = await RouteAsync(server, ParisLead("esc-4"));
        await SetStatusAsync(server, "ae-paris-3", Proto.RepStatus.Away);
        await SetStatusAsync(server, "mgr-fr", Proto.RepStatus.InMeeting);
        clock.Now = Overdue;

        await server.Routing().EscalateNowAsync();
        clock.Now = Overdue.AddDays(60);
        var again = await server.Routing().EscalateNowAsync();

        var queue = await server.Client.UnaryAsync(Service + "ListQueue", new Proto.ListQueueRequest { Queue = "escalation" }, Proto.ListQueueResponse.Parser);
        var rep = await ExplainAsync(server, "esc-4", Proto.ExplanationAudience.Rep, "fr");
        Assert.Equal(0, again);
        Assert.Equal("esc-4", Assert.Single(queue.Leads).LeadId);
        Assert.Equal(Proto.RoutingLevel.SlaEscalation, queue.Leads[0].Level);
        Assert.Equal("escalation", rep.Decision.Assignee.Queue);
        Assert.Equal(
            "Le commercial à qui ce lead était attribué n'a pas répondu avant le 04/12/2026 à 11h00 (Europe/Paris) et ni son suppléant ni son manager ne pouvaient le prendre : il attend dans la file escalation pour revue manuelle.",
            Step(rep, "decision.Escalation.Queue.rep"));
        Assert.Equal(2, rep.History.Count);
        Assert.Equal(first.DecisionId, rep.History[0].DecisionId);
    }

    [Fact]
    public async Task Escalate_AcknowledgedLead_StaysWithItsRep()
    {
        var clock = new ManualTimeProvider(Start);
        await using var server = await TestServer.StartAsync(loadDemo: true, clock: clock);
        var first = await RouteAsync(server, ParisLead("esc-5"));
        await server.Client.UnaryAsync(Service + "AcknowledgeLead", new Proto.AcknowledgeLeadRequest { LeadId = "esc-5", RepId = first.Assignee.Rep.Id },
            Proto.AcknowledgeLeadResponse.Parser);
        clock.Now = Overdue;

        Assert.Equal(0, await server.Routing().EscalateNowAsync());

        var explained = await ExplainAsync(server, "esc-5", Proto.ExplanationAudience.Ops, "en");
        Assert.Equal(first.DecisionId, explained.Decision.DecisionId);
        Assert.Single(explained.History);
    }

    [Fact]
    public async Task Escalate_PolicyTurnedOff_NothingEscalates()
    {
        var clock = new ManualTimeProvider(Start);
        await using var server = await TestServer.StartAsync(loadDemo: true, clock: clock);
        var first = await RouteAsync(server, ParisLead("esc-6"));
        var policy = await server.CallAsync("GetPolicy", new Proto.GetPolicyRequest(), Proto.RoutingPolicy.Parser);
        policy.Sla.AutoEscalation = false;
        await server.CallAsync("SetPolicy", new Proto.SetPolicyRequest { Policy = policy }, Proto.RoutingPolicy.Parser);
        clock.Now = Overdue;

        Assert.Equal(0, await server.Routing().EscalateNowAsync());

        var explained = await ExplainAsync(server, "esc-6", Proto.ExplanationAudience.Ops, "en");
        Assert.Equal(first.DecisionId, explained.Decision.DecisionId);
    }

    [Fact]
    public async Task Sweep_OnItsTimer_EscalatesWithoutBeingAsked()
    {
        var clock = new ManualTimeProvider(Start);
        await using var server = await TestServer.StartAsync(loadDemo: true, clock: clock);
        var policy = await server.CallAsync("GetPolicy", new Proto.GetPolicyRequest(), Proto.RoutingPolicy.Parser);
        policy.Sla.EscalationSweepInterval = Google.Protobuf.WellKnownTypes.Duration.FromTimeSpan(TimeSpan.FromSeconds(1));
        await server.CallAsync("SetPolicy", new Proto.SetPolicyRequest { Policy = policy }, Proto.RoutingPolicy.Parser);
        var first = await RouteAsync(server, ParisLead("esc-7"));
        clock.Now = Overdue;

        var deadline = DateTime.UtcNow.AddSeconds(20);
        Proto.ExplainRouteResponse explained;
        do
        {
            await Task.Delay(200);
            explained = await ExplainAsync(server, "esc-7", Proto.ExplanationAudience.Ops, "en");
        }
        while (explained.Decision.DecisionId == first.DecisionId && DateTime.UtcNow < deadline);

        Assert.Equal(Proto.RoutingLevel.SlaEscalation, explained.Decision.Level);
    }

    internal static Proto.Lead ParisLead(string id) =>
        new() { Id = id, Email = $"ceo@{id}-shop.fr", Country = "FR", Department = "75", City = "Paris", TimeZone = "Europe/Paris" };

    internal static Task<Proto.RouteLeadResponse> RouteAsync(TestServer server, Proto.Lead lead) =>
        server.Client.UnaryAsync(Service + "RouteLead", new Proto.RouteLeadRequest { Lead = lead }, Proto.RouteLeadResponse.Parser);

    internal static Task<Proto.ExplainRouteResponse> ExplainAsync(TestServer server, string leadId, Proto.ExplanationAudience audience, string locale) =>
        server.Client.UnaryAsync(Service + "ExplainRoute", new Proto.ExplainRouteRequest { LeadId = leadId, Audience = audience, Locale = locale },
            Proto.ExplainRouteResponse.Parser);

    internal static Task SetStatusAsync(TestServer server, string repId, Proto.RepStatus status) =>
        server.CallAsync("SetRepAvailability", new Proto.SetRepAvailabilityRequest { RepId = repId, Status = status }, Proto.Rep.Parser);

    private static string Step(Proto.ExplainRouteResponse response, string key) =>
        Assert.Single(response.Steps, s => s.Key == key).Text;
}
