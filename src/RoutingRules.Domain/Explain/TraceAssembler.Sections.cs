using RoutingRules.Domain.Model;
using RoutingRules.Domain.Routing;
using RoutingRules.Domain.Routing.Facts;

namespace RoutingRules.Domain.Explain;

/// <summary>The sections of <see cref="TraceDetails"/> built from facts of one or two types each.</summary>
internal sealed partial class TraceAssembler
{
    // Enum.GetValues allocates a new array on every call, and every decision asks.
    private static readonly RoutingFlags[] AllFlags = Enum.GetValues<RoutingFlags>();

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
        // A nearest territory (no territory matched) is no TerritoryMatch fact, but it is the one chosen.
        var matches = All<TerritoryMatch>().Concat(All<NearestTerritory>().Select(n => n.Match));
        return matches.OrderBy(t => t.DimensionRank).Select(t => new TraceTerritory(
            t.Id, t.Territory.Name, t.Vertical.ToString(), t.Geography.ToString(), t.Segment, t.DimensionRank, t.ScoreRank,
            chosen?.Match == t, chosen?.Match == t ? chosen.How : null)).ToList();
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
            foreach (var flag in AllFlags)
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
