using RoutingRules.Domain.Explain;
using RoutingRules.Domain.Model;
using RoutingRules.Domain.Policy;
using RoutingRules.Domain.Routing;
using RoutingRules.Domain.Routing.Commit;
using RoutingRules.Domain.Routing.Manual;

namespace RoutingRules.Domain.Tests.Explain;

/// <summary>
/// How a manual assignment (AssignLead) is explained: the rep reads who assigned it and why, never
/// who had it before; ops read that too, in English and French (whose "de" elides before a vowel).
/// </summary>
public sealed class ManualAssignmentWordingTests
{
    private static readonly DateTimeOffset Routed = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Assigned = Routed.AddHours(2);
    private static readonly Rep Bob = new() { Id = "ae-2", Name = "Bob Durand" };

    [Theory]
    [InlineData("en", "This lead was assigned to you by hand by jane.ops: \"customer asked for Bob\".", "This lead is yours (manual assignment): shop.fr.")]
    [InlineData("fr", "Ce lead vous a été attribué à la main par jane.ops : « customer asked for Bob ».", "Ce lead vous est attribué (attribution manuelle) : shop.fr.")]
    public void Render_Rep_SaysWhoAndWhyWithoutThePreviousRep(string locale, string expectedStep, string expectedSummaryStart)
    {
        var (decision, trace) = Manual(Assignee.ForRep("ae-1", "Alice Martin"), "jane.ops");

        var rep = ExplanationRenderer.Render(decision, trace, ExplanationAudience.Rep, locale);

        Assert.Equal(expectedStep, Assert.Single(rep.Steps, s => s.Key == "decision.manual.rep").Text);
        Assert.StartsWith(expectedSummaryStart, rep.Summary, StringComparison.Ordinal);
        Assert.Contains(rep.Steps, s => s.Key == "flag.ManualAssignment");
        Assert.DoesNotContain(rep.Steps, s => s.Key.StartsWith("versions", StringComparison.Ordinal));
        Assert.DoesNotContain("Alice", rep.ToText(), StringComparison.Ordinal);
        Assert.DoesNotContain("ae-1", rep.ToText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "Assigned by hand to Bob Durand (ae-2) by jane.ops, taking it from Alice Martin (ae-1): \"customer asked for Bob\".",
        "Lead L1 went to Bob Durand (ae-2) at level manual assignment, assigned by hand by jane.ops; respond by ")]
    [InlineData("fr", "Attribué à la main à Bob Durand (ae-2) par jane.ops, en le reprenant d'Alice Martin (ae-1) : « customer asked for Bob ».",
        "Le lead L1 a été attribué à Bob Durand (ae-2) au niveau attribution manuelle, à la main par jane.ops ; réponse avant le ")]
    public void Render_OpsTakenFromARep_NamesThePreviousRep(string locale, string expectedStep, string expectedSummaryStart)
    {
        var (decision, trace) = Manual(Assignee.ForRep("ae-1", "Alice Martin"), "jane.ops");

        var ops = ExplanationRenderer.Render(decision, trace, ExplanationAudience.Ops, locale);

        Assert.Equal(expectedStep, Assert.Single(ops.Steps, s => s.Key == "decision.manual.ops").Text);
        Assert.StartsWith(expectedSummaryStart, ops.Summary, StringComparison.Ordinal);
        Assert.Equal("versions.manual", ops.Steps[^1].Key);
        Assert.Contains(ops.Steps, s => s.Key == "escalation.territory");
    }

    [Theory]
    [InlineData("en", "Assigned by hand to Bob Durand (ae-2) by an operator, taking it from the escalation queue: \"customer asked for Bob\".",
        "It was waiting in a queue and was taken from it after manual review.")]
    [InlineData("fr", "Attribué à la main à Bob Durand (ae-2) par un opérateur, en le sortant de la file escalation : « customer asked for Bob ».",
        "Il attendait dans une file et en a été sorti après revue manuelle.")]
    public void Render_OpsTakenFromAQueueByAnUnnamedOperator_NamesTheQueue(string locale, string expectedStep, string expectedFlag)
    {
        var (decision, trace) = Manual(Assignee.ForQueue("escalation"), assignedBy: null);

        var ops = ExplanationRenderer.Render(decision, trace, ExplanationAudience.Ops, locale);

        Assert.Equal(expectedStep, Assert.Single(ops.Steps, s => s.Key == "decision.manual.ops.queue").Text);
        Assert.Equal(expectedFlag, Assert.Single(ops.Steps, s => s.Key == "flag.TakenFromQueue").Text);
    }

    [Fact]
    public void Render_OpsSameRepAgain_SaysTheyAlreadyHeldIt()
    {
        var (decision, trace) = Manual(Assignee.ForRep("ae-2", "Bob Durand"), "jane.ops");

        var ops = ExplanationRenderer.Render(decision, trace, ExplanationAudience.Ops, "en");

        Assert.Equal(
            "Assigned by hand to Bob Durand (ae-2), who already held it, by jane.ops: \"customer asked for Bob\".",
            Assert.Single(ops.Steps, s => s.Key == "decision.manual.ops.kept").Text);
    }

    private static (RoutingDecision Decision, RoutingTrace Trace) Manual(Assignee previous, string? assignedBy)
    {
        var current = new CommittedDecision
        {
            DecisionId = "d1",
            Sequence = 1,
            IdempotencyKey = "L1",
            DecidedAt = Routed,
            Decision = new RoutingDecision
            {
                LeadId = "L1",
                Assignee = previous,
                Level = previous.IsQueue ? RoutingLevel.Escalation : RoutingLevel.Territory,
                TerritoryId = "ter-paris",
                TerritoryName = "Paris",
                Treatment = Treatment.SdrQualification,
                RespondBy = Routed.AddHours(4),
                EscalateAt = Routed.AddHours(8),
                Reason = "routed",
                RuleSetVersion = "v1",
            },
        };
        var before = new TraceDetails
        {
            RuleSetVersion = "v1",
            Lead = new TraceLead { Id = "L1", Domain = "shop.fr", Intent = "High", Fit = "Weak", Now = Routed },
            Sla = new TraceSla("HighIntentMql", TimeSpan.FromHours(4), Routed.AddHours(4), Routed.AddHours(8), "high intent", "IntentFit.HighIntentMqlSla"),
            DecidingRule = "Distribution.RoundRobin",
        };
        var request = new ManualAssignmentRequest("L1", Bob.Id, "customer asked for Bob", assignedBy);
        var outcome = ManualAssigner.Assign(current, before, Bob, request, RoutingPolicy.Default, Assigned, "v2");
        return (outcome.Decision, outcome.Trace);
    }
}
