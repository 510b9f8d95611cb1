using RoutingRules.Domain.Model;
using RoutingRules.Domain.Policy;
using RoutingRules.Domain.Routing;
using RoutingRules.Domain.Routing.Facts;

namespace RoutingRules.Domain.Explain;

/// <summary>
/// Sorts the captured facts by type (one pass) and assembles <see cref="TraceDetails"/> from them.
/// Runs once per committed decision, so it avoids re-scanning the capture for every section.
/// </summary>
internal sealed class TraceAssembler
{
    private readonly DecisionTraceCapture _capture;
    private readonly DecisionDraft? _draft;
    private readonly Dictionary<object, string> _insertedBy = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Type, List<object>> _byType = [];
    private LeadProfile? _lead;
    private RoutingPolicy? _policy;

    public TraceAssembler(DecisionTraceCapture capture, DecisionDraft? draft)
    {
        _capture = capture;
        _draft = draft;
        foreach (var (fact, firing) in capture.Inserted)
        {
            if (firing >= 0)
            {
                _insertedBy[fact] = capture.Firings[firing].Rule;
            }

            if (!_byType.TryGetValue(fact.GetType(), out var sameType))
            {
                _byType[fact.GetType()] = sameType = [];
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
            PolicyVersion = _policy is null ? string.Empty : PolicyFingerprint.Of(_policy)[..16],
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

    private string? RuleOf(object fact) => _insertedBy.GetValueOrDefault(fact);

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

    private TraceLead DescribeLead()
    {
        if (_lead is null)
        {
            return new TraceLead();
        }

        var lead = _lead.Lead;
        return new TraceLead
        {
            Id = lead.Id,
            Domain = _lead.Domain,
            FreeMail = _lead.IsFreeMail,
            CompanyName = lead.CompanyName,
            Country = lead.Country,
            Region = lead.Region,
            Department = lead.Department,
            City = lead.City,
            Industry = lead.Industry,
            EmployeeCount = lead.EmployeeCount,
            Segment = _lead.Segment.ToString(),
            Intent = _lead.Intent.ToString(),
            Fit = _lead.Fit.ToString(),
            Language = _lead.Language,
            Source = lead.Source.ToString(),
            Signals = lead.IntentSignals.Select(s => s.ToString()).ToList(),
            ContactLevel = lead.ContactLevel.ToString(),
            ContactDepartment = lead.ContactDepartment,
            TimeZone = lead.TimeZone,
            EstimatedDealValue = lead.EstimatedDealValue,
            Score = lead.Score,
            Referrer = lead.Referrer,
            Now = _lead.Now,
        };
    }

    private List<TraceAccountMatch> Accounts()
    {
        var accepted = All<MatchedAccount>().Select(m => m.Candidate).ToHashSet(ReferenceEqualityComparer.Instance);
        return All<AccountCandidate>().OrderBy(c => c.Order).Select(c => new TraceAccountMatch(
            c.Account.Id, c.Account.Name, c.Kind.ToString(), c.Score, accepted.Contains(c), c.Account.Status.ToString(), c.Account.OwnerId, c.Account.ParentAccountId)
        {
            MatchedOn = c.Kind == Snapshot.AccountMatchKind.Domain ? _lead?.Domain : _lead?.Lead.CompanyName,
        }).ToList();
    }

    private List<TracePreviousOwner> PreviousOwners()
    {
        var owners = All<PreviousLead>().Select(p => new TracePreviousOwner(p.Id, p.AccountId, p.OwnerId, p.Outcome.ToString(), p.ReceivedAt)).ToList();
        var known = owners.Select(o => o.LeadId).ToHashSet(StringComparer.Ordinal);
        owners.AddRange(All<RecentLead>().Where(r => !known.Contains(r.LeadId)).Select(r => new TracePreviousOwner(r.LeadId, r.AccountId, r.RepId, null, r.At)));
        return owners;
    }

    private List<TraceTerritory> Territories()
    {
        var chosen = Live<ChosenTerritory>().FirstOrDefault();
        return All<TerritoryMatch>().OrderBy(t => t.DimensionRank).Select(t => new TraceTerritory(
            t.Id, t.Territory.Name, t.Vertical.ToString(), t.Geography.ToString(), t.Segment, t.DimensionRank, t.ScoreRank,
            chosen?.Match == t, chosen?.Match == t ? chosen.How : null)).ToList();
    }

    // Each fact is described once, at its first mention, and firings refer to it by position.
    private (List<TraceFiring> Firings, List<TraceFact> Facts) FiringsAndFacts()
    {
        var insertedBy = new List<object>?[_capture.Firings.Count];
        foreach (var (fact, firing) in _capture.Inserted)
        {
            if (firing >= 0)
            {
                (insertedBy[firing] ??= []).Add(fact);
            }
        }

        var table = new FactTable();
        var firings = new List<TraceFiring>(_capture.Firings.Count);
        for (var i = 0; i < _capture.Firings.Count; i++)
        {
            var (rule, matched) = _capture.Firings[i];
            firings.Add(new TraceFiring(i + 1, rule, table.PositionsOf(matched), insertedBy[i] is { } inserted ? table.PositionsOf(inserted) : []));
        }

        return (firings, table.Facts);
    }

    private List<TraceFact> Notes()
    {
        var notes = new List<TraceFact>();
        foreach (var (fact, _) in _capture.Inserted)
        {
            if (fact is AccountNote or CreatedAccount or UnknownDomainSighting or SeniorityRequirement or WeightAdjustment or ReferrerAccount)
            {
                notes.Add(FactDescriber.Describe(fact));
            }
        }

        return notes;
    }

    private List<TraceCandidate> Candidates()
    {
        var chosenRep = _draft?.Assignment.Assignee.RepId;
        var exclusions = All<Exclusion>().ToLookup(x => x.RepId, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var list = new List<TraceCandidate>();
        foreach (var c in All<Candidate>())
        {
            if (!seen.Add(c.RepId))
            {
                continue;
            }

            var w = c.Profile.Workload;
            list.Add(new TraceCandidate(c.RepId, c.Profile.Rep.Name, w.OpenLeads, _policy is null ? 0 : c.Profile.OpenLeadsCap(_policy.Capacity),
                w.AssignedToday, w.OverdueFollowUps, c.Profile.HoursFromLead)
            {
                Exclusions = exclusions[c.RepId].Select(x => new TraceCandidateExclusion(RuleOf(x) ?? string.Empty, x.Reason, x.Actual, x.Limit)).ToList(),
                Chosen = c.RepId == chosenRep,
            });
        }

        return list;
    }

    private TraceDistribution? Distribution()
    {
        var choice = Live<DistributionChoice>().FirstOrDefault();
        return choice is null ? null : new TraceDistribution(
            RuleOf(choice) ?? string.Empty, choice.Strategy.ToString(), choice.Chosen.Territory.Id, choice.Chosen.RepId, choice.Inputs,
            choice.Chosen.Territory.Match.Cursor, choice.Cursor?.Position);
    }

    private TraceSla? Sla()
    {
        if (_draft is null)
        {
            return null;
        }

        var sla = _draft.Sla;
        return new TraceSla(sla.LeadType.ToString(), _policy?.Sla.For(sla.LeadType)?.ResponseTarget, sla.RespondBy, sla.EscalateAt, sla.Reason, RuleOf(sla));
    }

    private List<TraceFlag> Flags()
    {
        var flags = Live<DecisionFlag>().Select(f => new TraceFlag(f.Flag.ToString(), f.Reason, RuleOf(f), f.NextContactAt)).ToList();
        if (_draft is { } draft)
        {
            foreach (var flag in Enum.GetValues<RoutingFlags>())
            {
                if (flag != RoutingFlags.None && draft.Assignment.Flags.HasFlag(flag))
                {
                    flags.Add(new TraceFlag(flag.ToString(), draft.Assignment.Reason, RuleOf(draft.Assignment), null));
                }
            }
        }

        return flags;
    }
}
