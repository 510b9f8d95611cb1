using RoutingRules.Domain.Policy;
using RoutingRules.Domain.Routing;
using RoutingRules.Domain.Routing.Facts;

namespace RoutingRules.Domain.Explain;

/// <summary>
/// Assembles <see cref="TraceDetails"/> from a finished capture: the facts sorted by kind once
/// (<see cref="CapturedFacts"/>), then each section built with plain loops into lists of their
/// exact size. Runs once per committed decision on the caller's thread, so it avoids LINQ, lookups
/// and sets where a scan of a few facts is cheaper.
/// </summary>
internal sealed partial class TraceAssembler : IDisposable
{
    // Which firing inserted each fact, in this thread's reusable table (taken while in use, as FactTable does).
    [ThreadStatic]
    private static IdentityTable? t_insertedBy;

    private readonly DecisionTraceCapture _capture;
    private readonly DecisionDraft? _draft;
    private readonly IdentityTable _insertedBy;
    private readonly CapturedFacts _facts;

    public TraceAssembler(DecisionTraceCapture capture, DecisionDraft? draft)
    {
        _capture = capture;
        _draft = draft;
        // Only the facts the rules inserted: the session's inputs (reps, accounts...) have no rule.
        _insertedBy = t_insertedBy ?? new IdentityTable(64, reusable: true);
        t_insertedBy = null;
        foreach (var (fact, firing) in capture.Added)
        {
            if (firing >= 0)
            {
                _insertedBy.Set(fact, firing);
            }
        }

        _facts = new CapturedFacts(capture);
    }

    public TraceDetails Assemble(string ruleSetVersion)
    {
        var (deciding, assigning, wonClaim) = DecidingRules();
        var (firings, facts) = FiringsAndFacts();
        var policy = _facts.Policy;
        return new TraceDetails
        {
            RuleSetVersion = ruleSetVersion,
            PolicyVersion = policy is null ? string.Empty : PolicyFingerprint.Short(policy),
            Lead = DescribeLead(),
            Accounts = Accounts(),
            LeadAccountId = _facts.LeadAccount?.Account.Id,
            OwningAccountId = _facts.OwningAccount?.Id,
            OwningAccountName = _facts.OwningAccount?.Account.Name ?? _facts.CreatedAccount?.Account.Name,
            PreviousOwners = PreviousOwners(),
            Territories = Territories(),
            Firings = firings,
            Facts = facts,
            Claims = Claims(wonClaim),
            Candidates = Candidates(),
            Distribution = Distribution(),
            Treatment = _draft is { } d ? new TraceTreatment(EnumNames<Treatment>.Of(d.Treatment.Treatment), d.Treatment.Reason, RuleOf(d.Treatment)) : null,
            Sla = Sla(),
            HotReasons = HotReasons(),
            Flags = Flags(),
            Notes = new DescribedFacts(_facts.Notes),
            DecidingRule = deciding,
            AssigningRule = assigning,
        };
    }

    /// <summary>Gives the table of inserting firings back to the thread, emptied; one grown by an unusually large trace is let go instead.</summary>
    public void Dispose()
    {
        if (_insertedBy.Count <= FactTable.MaxKept)
        {
            _insertedBy.Clear();
            t_insertedBy = _insertedBy;
        }
    }

    private string? RuleOf(object fact) => _insertedBy.TryGet(fact, out var firing) ? _capture.Firings[firing].Rule : null;

    // The assignment's firing matched the conclusion that decided: a claim, a distribution choice, or nothing (a fallback).
    private (string? Deciding, string? Assigning, OwnerClaim? Claim) DecidingRules()
    {
        if (_draft is null)
        {
            return (null, null, null);
        }

        var firing = FiringThatInserted(_draft.Assignment);
        if (firing < 0 || firing >= _capture.Firings.Length)
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

    // The first insertion of the fact (an input's is -1); a fact never inserted reads as the first firing, as it always has.
    private int FiringThatInserted(object fact)
    {
        var inputs = _capture.Inputs;
        for (var i = 0; i < inputs.Count; i++)
        {
            if (ReferenceEquals(inputs[i], fact))
            {
                return -1;
            }
        }

        foreach (var (inserted, firing) in _capture.Added)
        {
            if (ReferenceEquals(inserted, fact))
            {
                return firing;
            }
        }

        return 0;
    }

    // Each fact is described once, at its first mention, and firings refer to it by position; all
    // the positions go in one array of the exact size (a firing's matched facts, then its insertions).
    private (CapturedFirings Firings, DescribedFacts Facts) FiringsAndFacts()
    {
        var captured = _capture.Firings;
        var runs = _capture.InsertRuns();
        var inserted = _capture.Added;
        var total = 0;
        for (var i = 0; i < captured.Length; i++)
        {
            total += captured[i].Matched.Length + runs[i].End - runs[i].Start;
        }

        var positions = new int[total];
        var bounds = new int[(2 * captured.Length) + 1];
        using var table = new FactTable(expected: captured.Length * 2);
        var at = 0;
        for (var i = 0; i < captured.Length; i++)
        {
            bounds[2 * i] = at;
            at = table.PositionsOf(captured[i].Matched, positions, at);
            bounds[(2 * i) + 1] = at;
            at = table.PositionsOf(inserted[runs[i].Start..runs[i].End], positions, at);
        }

        bounds[^1] = at;
        return (new CapturedFirings(_capture.FiredRules, positions, bounds), table.Described());
    }
}
