using RoutingRules.Domain.Explain;
using RoutingRules.Domain.Routing;

namespace RoutingRules.Domain.Tests.Explain;

/// <summary>Rendering a hand-built decision and trace: audiences, dry runs, traces without details.</summary>
public sealed class ExplanationRendererTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Render_RepOfTerritoryDecision_HidesOtherCandidatesButOpsShowsTheirNumbers()
    {
        var (decision, trace) = TerritoryDecision();

        var rep = ExplanationRenderer.Render(decision, trace, ExplanationAudience.Rep, "en").ToText();
        var ops = ExplanationRenderer.Render(decision, trace, ExplanationAudience.Ops, "en").ToText();

        Assert.DoesNotContain("Bob Other", rep, StringComparison.Ordinal);
        Assert.DoesNotContain("52", rep, StringComparison.Ordinal);
        Assert.Contains("1 other member of Paris was set aside: at capacity.", rep, StringComparison.Ordinal);
        Assert.Contains("Bob Other (ae-2) is excluded: 52 open leads, cap 50.", ops, StringComparison.Ordinal);
        Assert.Contains("Round-robin in Paris: cursor 4 gave Ann Lee (ae-1); next cursor 5.", ops, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_OneMatchingTerritory_SaysSoWithoutAContest()
    {
        var (decision, trace) = TerritoryDecision();

        var en = ExplanationRenderer.Render(decision, trace, ExplanationAudience.Rep, "en");
        var fr = ExplanationRenderer.Render(decision, trace, ExplanationAudience.Rep, "fr");

        Assert.Contains(en.Steps, s => s.Text == "The lead falls in one territory, Paris (city level, no industry match).");
        Assert.Contains(fr.Steps, s => s.Text == "Le lead relève d'un seul territoire, Paris (niveau ville, secteur : aucun).");
    }

    [Theory]
    [InlineData("en", "The lead comes from novacorp.io, matched by its email domain.")]
    [InlineData("fr", "Le lead vient de novacorp.io, reconnu par son domaine e-mail.")]
    public void Render_AccountNamedAfterTheMatchedDomain_NamesItOnce(string locale, string expected)
    {
        var (decision, trace) = TerritoryDecision();
        var account = new TraceAccountMatch("auto-novacorp.io", "novacorp.io", "Domain", 1, true, "Prospect", "ae-1", null) { MatchedOn = "novacorp.io" };
        trace = trace with { Details = trace.Details! with { Accounts = [account], LeadAccountId = account.AccountId } };

        var explanation = ExplanationRenderer.Render(decision, trace, ExplanationAudience.Rep, locale);

        Assert.Equal(expected, explanation.Steps[0].Text);
    }

    [Theory]
    [InlineData("shop.fr", false, null, "shop.fr")]
    [InlineData("shop.fr", false, "Boulangerie du Marais", "Boulangerie du Marais")]
    [InlineData("gmail.com", true, "Boulangerie du Marais", "Boulangerie du Marais")]
    [InlineData("gmail.com", true, null, "a contact with a personal e-mail address (gmail.com)")]
    [InlineData(null, false, null, "an unknown company")]
    public void Render_RepSummaryOfAnUnmatchedLead_NamesTheCompanyAsTheLeadGaveIt(string? domain, bool freeMail, string? company, string expected)
    {
        var (decision, trace) = TerritoryDecision();
        trace = trace with { Details = trace.Details! with { Lead = trace.Details.Lead with { Domain = domain, FreeMail = freeMail, CompanyName = company } } };

        var explanation = ExplanationRenderer.Render(decision, trace, ExplanationAudience.Rep, "en");

        Assert.StartsWith($"This lead is yours (territory): {expected}. Respond within ", explanation.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_DryRun_SaysNothingWasRecorded()
    {
        var (decision, trace) = TerritoryDecision();

        var explanation = ExplanationRenderer.Render(decision, trace, ExplanationAudience.Rep, "fr", dryRun: true);

        Assert.StartsWith("Simulation, rien n'a été enregistré", explanation.Summary, StringComparison.Ordinal);
        Assert.Equal("step.dryrun", explanation.Steps[0].Key);
    }

    [Fact]
    public void Render_SupersededDecisionForItsRep_SaysTheLeadWasReassignedAndAsksNothing()
    {
        var (decision, trace) = TerritoryDecision();

        var en = ExplanationRenderer.Render(decision, trace, ExplanationAudience.Rep, "en", superseded: true);
        var fr = ExplanationRenderer.Render(decision, trace, ExplanationAudience.Rep, "fr", superseded: true);

        Assert.Equal("This lead was yours (territory): shop.fr, but it has since been reassigned; this decision no longer applies.", en.Summary);
        Assert.Equal("Ce lead vous avait été attribué (territoire) : shop.fr, mais il a depuis été réattribué ; cette décision ne s'applique plus.", fr.Summary);
        Assert.Equal("step.superseded.rep", en.Steps[0].Key);
        Assert.Contains(en.Steps, s => s.Key == "sla.superseded" && s.Text.StartsWith("The response target was 4 hours (high-intent MQL), by ", StringComparison.Ordinal));
        Assert.DoesNotContain("Respond within", en.ToText(), StringComparison.Ordinal);
        Assert.DoesNotContain("is yours", en.ToText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SupersededDecisionForOps_SaysItWasSuperseded()
    {
        var (decision, trace) = TerritoryDecision();

        var ops = ExplanationRenderer.Render(decision, trace, ExplanationAudience.Ops, "en", superseded: true);

        Assert.Equal("Lead L1 went to Ann Lee (ae-1) at level territory, decided by Distribution.RoundRobin; this decision has since been superseded by a later decision (a reroute, an SLA escalation or a manual assignment).", ops.Summary);
        Assert.Equal("step.superseded.ops", ops.Steps[0].Key);
    }

    [Theory]
    [InlineData("en", "This lead is yours (territory). Respond by 2026-11-23 13:00 (UTC+00:00).", "Treatment: SDR qualification first.")]
    [InlineData("fr", "Ce lead vous est attribué (territoire). Répondez avant le 23/11/2026 à 13h00 (UTC+00:00).", "Traitement : qualification par un SDR d'abord.")]
    public void Render_TraceRemoved_TellsTheRepWhatTheDecisionRecordsAndNothingItWouldGuess(string locale, string summary, string treatment)
    {
        var (decision, _) = TerritoryDecision();

        var explanation = ExplanationRenderer.Render(decision with { Priority = LeadPriority.Hot }, new RoutingTrace(), ExplanationAudience.Rep, locale);

        Assert.Equal(summary, explanation.Summary);
        Assert.Equal(
            ["untraced.removed", "decision.level.rep", "untraced.territory", "untraced.treatment", "untraced.sla", "untraced.priority.hot"],
            explanation.Steps.Select(s => s.Key));
        Assert.Contains(explanation.Steps, s => s.Text == treatment);
        Assert.DoesNotContain("?", explanation.ToText(), StringComparison.Ordinal);
        Assert.DoesNotContain("()", explanation.ToText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_TraceRemovedForOps_GivesTheRecordedReasonAndTheRulesAnOldTraceStillNames()
    {
        var (decision, _) = TerritoryDecision();
        var legacy = new RoutingTrace { FiredRules = ["Territory.GeographyMatch", "Distribution.RoundRobin"] };

        var ops = ExplanationRenderer.Render(decision, legacy, ExplanationAudience.Ops, "en");
        var bare = ExplanationRenderer.Render(decision, new RoutingTrace(), ExplanationAudience.Ops, "en");

        Assert.Equal("Lead L1 went to Ann Lee (ae-1) at level territory; respond by 2026-11-23 13:00 (UTC+00:00).", ops.Summary);
        Assert.Contains(ops.Steps, s => s.Text == "Ann Lee (ae-1) received the lead at level territory. Recorded reason: " + decision.Reason);
        Assert.Equal("Rule set v1; rules that fired: Territory.GeographyMatch, Distribution.RoundRobin.", ops.Steps[^1].Text);
        Assert.Equal("Rule set v1.", bare.Steps[^1].Text);
    }

    [Fact]
    public void Render_TraceStillBeingWritten_SaysItsDetailsFollowRatherThanThatTheyWereRemoved()
    {
        var (decision, _) = TerritoryDecision();

        var pending = ExplanationRenderer.Render(decision, new RoutingTrace(), ExplanationAudience.Rep, "en", traceStillBeingWritten: true);
        var kept = ExplanationRenderer.Render(decision, TerritoryDecision().Item2, ExplanationAudience.Rep, "en", traceStillBeingWritten: true);

        Assert.Equal("untraced.pending", pending.Steps[0].Key);
        Assert.DoesNotContain(kept.Steps, s => s.Key.StartsWith("untraced.", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_SupersededQueueDecisionWithoutTrace_NamesTheQueueAndAsksNothing()
    {
        var (decision, _) = TerritoryDecision();
        var queued = decision with { Assignee = Assignee.ForQueue("escalation"), Level = RoutingLevel.Escalation, TerritoryId = null, TerritoryName = null };

        var en = ExplanationRenderer.Render(queued, new RoutingTrace(), ExplanationAudience.Rep, "en", superseded: true);

        Assert.Equal("This lead went to the escalation queue (escalation), but it has since been reassigned; this decision no longer applies.", en.Summary);
        Assert.Equal(["step.superseded.rep", "untraced.removed", "untraced.treatment", "untraced.sla.superseded"], en.Steps.Select(s => s.Key));
        Assert.DoesNotContain("Respond by", en.ToText(), StringComparison.Ordinal);
    }

    /// <summary>Ops read whom to tell from the trace's note; the rep, and anyone once the trace is gone, the sentence that names nobody.</summary>
    [Fact]
    public void Render_PartnerNotifiedFlag_OpsNameThePartnerManagerFromTheNoteOthersReadTheGeneralSentence()
    {
        var (decision, trace) = TerritoryDecision();
        decision = decision with { Flags = RoutingFlags.PartnerNotified };
        var note = new TraceFact("PartnerNotification", new Dictionary<string, string>
        {
            ["account"] = "acc-1", ["name"] = "Cyberdyne", ["rep"] = "pm-1", ["repName"] = "Sam Partner", ["departed"] = "true",
        });
        trace = trace with { Details = trace.Details! with { Notes = [note] } };

        var ops = ExplanationRenderer.Render(decision, trace, ExplanationAudience.Ops, "en");
        var rep = ExplanationRenderer.Render(decision, trace, ExplanationAudience.Rep, "en");
        var untraced = ExplanationRenderer.Render(decision, new RoutingTrace(), ExplanationAudience.Ops, "en");

        Assert.Equal(
            "Cyberdyne was sourced directly with a partner involved, but its partner manager Sam Partner (pm-1) has left the company: name another on the account so that the partner is told of its leads.",
            Assert.Single(ops.Steps, s => s.Key == "flag.PartnerNotified.ops.departed").Text);
        Assert.DoesNotContain("Sam Partner", rep.ToText(), StringComparison.Ordinal);
        Assert.Single(rep.Steps, s => s.Key == "flag.PartnerNotified");
        Assert.Single(untraced.Steps, s => s.Key == "flag.PartnerNotified");
    }

    [Fact]
    public void Serialize_TraceWithDetails_RoundTrips()
    {
        var (_, trace) = TerritoryDecision();

        var back = TraceJson.Deserialize(TraceJson.Serialize(trace));

        Assert.Equal(TraceJson.Serialize(trace), TraceJson.Serialize(back));
        Assert.Equal("52", back.Details!.Candidates[1].Exclusions[0].Actual);
    }

    private static (RoutingDecision, RoutingTrace) TerritoryDecision()
    {
        var decision = new RoutingDecision
        {
            LeadId = "L1",
            Assignee = Assignee.ForRep("ae-1", "Ann Lee"),
            Level = RoutingLevel.Territory,
            TerritoryId = "ter-paris",
            TerritoryName = "Paris",
            Treatment = Treatment.SdrQualification,
            RespondBy = Now.AddHours(4),
            EscalateAt = Now.AddHours(8),
            Reason = "Routed to Ann Lee (ae-1) at level Territory: territory Paris, RoundRobin distribution.",
            RuleSetVersion = "v1",
        };
        var details = new TraceDetails
        {
            RuleSetVersion = "v1",
            Lead = new TraceLead { Id = "L1", Domain = "shop.fr", Intent = "High", Fit = "Weak", Now = Now },
            Territories = [new TraceTerritory("ter-paris", "Paris", "None", "City", false, 0, 0, true, "dimension priority")],
            Candidates =
            [
                new TraceCandidate("ae-1", "Ann Lee", 10, 50, 1, 0, 0) { Chosen = true },
                new TraceCandidate("ae-2", "Bob Other", 52, 50, 0, 0, 0) { Exclusions = [new TraceCandidateExclusion("Capacity.OpenLeadsCap", "open leads at cap", "52", "50")] },
            ],
            Distribution = new TraceDistribution("Distribution.RoundRobin", "RoundRobin", "ter-paris", "ae-1", "cursor 4", 4, 5),
            Sla = new TraceSla("HighIntentMql", TimeSpan.FromHours(4), Now.AddHours(4), Now.AddHours(8), "high intent", "IntentFit.HighIntentMqlSla"),
            DecidingRule = "Distribution.RoundRobin",
        };
        return (decision, new RoutingTrace { Details = details });
    }
}
