using RoutingRules.Domain.Policy;
using RoutingRules.Domain.Routing.Facts;

namespace RoutingRules.Domain.Explain;

/// <summary>
/// Sorts the captured facts by type (one pass) and assembles <see cref="TraceDetails"/> from them.
/// Runs once per committed decision, so it avoids re-scanning the capture for every section.
/// </summary>
internal sealed partial class TraceAssembler
{
    private readonly DecisionTraceCapture _capture;
    private readonly DecisionDraft? _draft;
    private readonly IdentityTable _insertedBy;
    private readonly Dictionary<Type, List<object>> _byType = [];
    private LeadProfile? _lead;
    private RoutingPolicy? _policy;

    public TraceAssembler(DecisionTraceCapture capture, DecisionDraft? draft)
    {
        _capture = capture;
        _draft = draft;
        _insertedBy = new IdentityTable(capture.Inserted.Count);
        foreach (var (fact, firing) in capture.Inserted)
        {
            if (firing >= 0)
            {
                _insertedBy.Set(fact, firing);
            }

            var type = fact.GetType();
            if (!_byType.TryGetValue(type, out var sameType))
            {
                _byType[type] = sameType = [];
            }

            sameType.Add(fact);
            _lead ??= fact as LeadProfile;
            _policy ??= fact as RoutingPolicy;
        }
    }

    public TraceDetails Assemble(string ruleSetVersion)
    {
        var (deciding, assigning, wonClaim) = DecidingRules();
        var (firings, facts) = FiringsAndFacts();
        return new TraceDetails
        {
            RuleSetVersion = ruleSetVersion,
            PolicyVersion = _policy is null ? string.Empty : PolicyFingerprint.Short(_policy),
            Lead = DescribeLead(),
            Accounts = Accounts(),
            LeadAccountId = Live<LeadAccount>().FirstOrDefault()?.Account.Id,
            OwningAccountId = Live<OwningAccount>().FirstOrDefault()?.Id,
            OwningAccountName = Live<OwningAccount>().FirstOrDefault()?.Account.Name ?? Live<CreatedAccount>().FirstOrDefault()?.Account.Name,
            PreviousOwners = PreviousOwners(),
            Territories = Territories(),
            Firings = firings,
            Facts = facts,
            Claims = All<OwnerClaim>().Select(c => new TraceClaim(
                c.Level.ToString(), c.Rank, c.Rep?.Id, c.Rep?.Rep.Name, c.Queue, c.AccountId, c.Reason, RuleOf(c), ReferenceEquals(c, wonClaim))).ToList(),
            Candidates = Candidates(),
            Distribution = Distribution(),
            Treatment = _draft is { } d ? new TraceTreatment(d.Treatment.Treatment.ToString(), d.Treatment.Reason, RuleOf(d.Treatment)) : null,
            Sla = Sla(),
            HotReasons = Live<HotPriority>().Select(h => h.Reason).ToList(),
            Flags = Flags(),
            Notes = Notes(),
            DecidingRule = deciding,
            AssigningRule = assigning,
        };
    }

    private string? RuleOf(object fact) => _insertedBy.TryGet(fact, out var firing) ? _capture.Firings[firing].Rule : null;

    // Fact types are sealed records, so the exact-type buckets hold every fact of type T.
    private IEnumerable<T> All<T>() => _byType.TryGetValue(typeof(T), out var facts) ? facts.Cast<T>() : [];

    private IEnumerable<T> Live<T>() where T : class => All<T>().Where(f => !_capture.IsRetracted(f));

    // The assignment's firing matched the conclusion that decided: a claim, a distribution choice, or nothing (a fallback).
    private (string? Deciding, string? Assigning, OwnerClaim? Claim) DecidingRules()
    {
        if (_draft is null)
        {
            return (null, null, null);
        }

        var firing = _capture.Inserted.FirstOrDefault(i => ReferenceEquals(i.Fact, _draft.Assignment)).Firing;
        if (firing < 0 || firing >= _capture.Firings.Count)
        {
            return (null, null, null);
        }

        var (rule, matched) = _capture.Firings[firing];
        foreach (var fact in matched)
        {
            switch (fact)
            {
                case OwnerClaim claim:
                    return (RuleOf(claim) ?? rule, rule, claim);
                case DistributionChoice choice:
                    return (RuleOf(choice) ?? rule, rule, null);
            }
        }

        return (rule, rule, null);
    }

    // Each fact is described once, at its first mention, and firings refer to it by position.
    private (List<TraceFiring> Firings, DescribedFacts Facts) FiringsAndFacts()
    {
        var firingCount = _capture.Firings.Count;
        var insertedBy = InsertedByFiring(firingCount);
        var table = new FactTable();
        var firings = new List<TraceFiring>(firingCount);
        for (var i = 0; i < firingCount; i++)
        {
            var (rule, matched) = _capture.Firings[i];
            firings.Add(new TraceFiring(i + 1, rule, table.PositionsOf(matched), table.PositionsOf(insertedBy[i])));
        }

        return (firings, table.Described());
    }

    /// <summary>The facts each firing inserted, in insertion order: counted first, so each firing gets one exact array.</summary>
    private object[][] InsertedByFiring(int firingCount)
    {
        var counts = new int[firingCount];
        foreach (var (_, firing) in _capture.Inserted)
        {
            if (firing >= 0)
            {
                counts[firing]++;
            }
        }

        var insertedBy = new object[firingCount][];
        for (var i = 0; i < firingCount; i++)
        {
            insertedBy[i] = counts[i] == 0 ? [] : new object[counts[i]];
            counts[i] = 0;
        }

        foreach (var (fact, firing) in _capture.Inserted)
        {
            if (firing >= 0)
            {
                insertedBy[firing][counts[firing]++] = fact;
            }
        }

        return insertedBy;
    }

    private DescribedFacts Notes()
    {
        var notes = new List<object?>();
        foreach (var (fact, _) in _capture.Inserted)
        {
            if (fact is AccountNote or CreatedAccount or UnknownDomainSighting or SeniorityRequirement or WeightAdjustment or ReferrerAccount)
            {
                notes.Add(fact);
            }
        }

        return new DescribedFacts(notes);
    }
}
