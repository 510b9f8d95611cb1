using RoutingRules.Domain.Model;
using RoutingRules.Domain.Policy;
using RoutingRules.Domain.Routing;
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

    private RoutingScenario Reset(Dataset dataset)
    {
        _dataset = dataset;
        _snapshot = null;
        _live = null;
        return this;
    }
}
