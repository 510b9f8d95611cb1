using RoutingRules.Domain.Model;
using RoutingRules.Domain.Policy;
using RoutingRules.Domain.Routing;
using RoutingRules.Domain.Routing.Commit;
using RoutingRules.Domain.Routing.Escalation;
using RoutingRules.Domain.Snapshot;

namespace RoutingRules.Rules.Tests.Kit;

/// <summary>
/// A dataset, a clock, a policy and live state to route leads against, in memory. Routing a
/// lead returns a <see cref="RoutedLead"/> to assert on; <see cref="RouteAndCommit"/> plays the
/// outcome into the live state so the next lead sees it.
/// </summary>
public sealed class RoutingScenario
{
    private Dataset _dataset;
    private ReferenceSnapshot? _snapshot;
    private InMemoryLiveState? _live;
    private readonly List<Action<InMemoryLiveState>> _liveSetup = [];

    internal RoutingScenario(Dataset dataset, DateTimeOffset now)
    {
        _dataset = dataset;
        Now = now;
    }

    public DateTimeOffset Now { get; private set; }

    public ReferenceSnapshot Snapshot => _snapshot ??= ReferenceSnapshot.Build(_dataset);

    public InMemoryLiveState Live
    {
        get
        {
            if (_live is null)
            {
                _live = new InMemoryLiveState(Snapshot);
                _liveSetup.ForEach(setup => setup(_live));
            }

            return _live;
        }
    }

    public RoutingScenario At(DateTimeOffset now)
    {
        Now = now;
        return this;
    }

    public RoutingScenario WithPolicy(Func<RoutingPolicy, RoutingPolicy> change) => Reset(_dataset with { Policy = change(_dataset.Policy) });

    public RoutingScenario WithDataset(Func<Dataset, Dataset> change) => Reset(change(_dataset));

    /// <summary>Replaces one rep of the dataset (status, absences, departure...).</summary>
    public RoutingScenario WithRep(string repId, Func<Rep, Rep> change) =>
        Reset(_dataset with { Reps = _dataset.Reps.Select(r => r.Id == repId ? change(r) : r).ToList() });

    public RoutingScenario WithLive(Action<InMemoryLiveState> setup)
    {
        _liveSetup.Add(setup);
        if (_live is not null)
        {
            setup(_live);
        }

        return this;
    }

    public RoutedLead Route(Lead lead)
    {
        var context = new RoutingContext(Snapshot, Live, Now);
        var routed = new RoutedLead(RoutingKit.RuleSet.CreateRouter().Route(lead, context));

        // Recorded before the explanation is checked: the rules fired even when the check then fails.
        FiredRuleRecording.Note(routed.Trace.FiredRules);
        ExplanationCheck.Verify(routed);
        return routed;
    }

    /// <summary>Routes and commits in memory (counters, cursor, recent assignments, sightings).</summary>
    public RoutedLead RouteAndCommit(Lead lead)
    {
        var routed = Route(lead);
        Live.Apply(routed.Outcome, Now);
        return routed;
    }

    /// <summary>
    /// Escalates <paramref name="routed"/> as the SLA sweep does at <see cref="Now"/> (move the
    /// clock past its escalation time with <see cref="At"/> first): the escalation rules choose
    /// who takes the lead, never one of <paramref name="earlierReps"/> (the reps who held it
    /// before) or its holder. Changes nothing; the escalation is checked and recorded like a route.
    /// </summary>
    public RoutedLead Escalate(RoutedLead routed, params string[] earlierReps)
    {
        var router = RoutingKit.RuleSet.CreateRouter();
        var context = new RoutingContext(Snapshot, Live, Now);
        var current = new CommittedDecision
        {
            DecisionId = "kit-" + routed.Decision.LeadId,
            Sequence = 1,
            IdempotencyKey = routed.Decision.LeadId,
            DecidedAt = routed.Trace.Details?.Lead.Now ?? Now,
            Decision = routed.Decision,
            Trace = routed.Trace,
        };
        var earlier = earlierReps.ToHashSet(StringComparer.Ordinal);
        var choice = router.ChooseEscalation(routed.Decision, earlier, context);
        var escalated = new RoutedLead(SlaEscalator.Escalate(current, new SlaEscalationRequest(current, earlier), choice, Snapshot, Live, Now, router.RuleSetVersion(context)));
        FiredRuleRecording.Note(escalated.Trace.FiredRules);
        ExplanationCheck.Verify(escalated);
        return escalated;
    }

    private RoutingScenario Reset(Dataset dataset)
    {
        _dataset = dataset;
        _snapshot = null;
        _live = null;
        return this;
    }
}
