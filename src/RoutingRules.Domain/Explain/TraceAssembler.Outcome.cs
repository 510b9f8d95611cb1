using RoutingRules.Domain.Model;
using RoutingRules.Domain.Policy;
using RoutingRules.Domain.Routing;
using RoutingRules.Domain.Routing.Facts;

namespace RoutingRules.Domain.Explain;

/// <summary>The sections about who was considered and what was concluded: candidates, distribution, SLA, flags.</summary>
internal sealed partial class TraceAssembler
{
    // Enum.GetValues allocates a new array on every call, and every decision asks.
    private static readonly RoutingFlags[] AllFlags = Enum.GetValues<RoutingFlags>();

    // Each flag's name, in the order of AllFlags: the assignment's flags are named for every decision.
    private static readonly string[] FlagNames = Array.ConvertAll(AllFlags, EnumNames<RoutingFlags>.Of);

    // Members of the chosen territory, each rep once; a territory has tens of members at most, so
    // the duplicate and exclusion checks scan rather than build a set and a lookup per decision.
    private List<TraceCandidate> Candidates()
    {
        var chosenRep = _draft?.Assignment.Assignee.RepId;
        var policy = _facts.Policy;
        var candidates = _facts.Candidates;
        var list = new List<TraceCandidate>(candidates.Length);
        foreach (var c in candidates)
        {
            if (IsListed(list, c.RepId))
            {
                continue;
            }

            var w = c.Profile.Workload;
            list.Add(new TraceCandidate(c.RepId, c.Profile.Rep.Name, w.OpenLeads, policy is null ? 0 : c.Profile.OpenLeadsCap(policy.Capacity),
                w.AssignedToday, w.OverdueFollowUps, c.Profile.HoursFromLead)
            {
                Exclusions = ExclusionsOf(c.RepId),
                Chosen = c.RepId == chosenRep,
            });
        }

        return list;
    }

    private static bool IsListed(List<TraceCandidate> listed, string repId)
    {
        foreach (var candidate in listed)
        {
            if (string.Equals(candidate.RepId, repId, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The rep's exclusions in the order they were made: counted first, so the list has its exact size.</summary>
    private List<TraceCandidateExclusion> ExclusionsOf(string repId)
    {
        var exclusions = _facts.Exclusions;
        var count = 0;
        foreach (var x in exclusions)
        {
            count += string.Equals(x.RepId, repId, StringComparison.Ordinal) ? 1 : 0;
        }

        var list = new List<TraceCandidateExclusion>(count);
        for (var i = 0; list.Count < count; i++)
        {
            var x = exclusions[i];
            if (string.Equals(x.RepId, repId, StringComparison.Ordinal))
            {
                list.Add(new TraceCandidateExclusion(RuleOf(x) ?? string.Empty, x.Reason, x.Actual, x.Limit));
            }
        }

        return list;
    }

    private TraceDistribution? Distribution()
    {
        var choice = _facts.DistributionChoice;
        return choice is null ? null : new TraceDistribution(
            RuleOf(choice) ?? string.Empty, EnumNames<DistributionStrategy>.Of(choice.Strategy), choice.Chosen.Territory.Id, choice.Chosen.RepId,
            choice.Inputs, choice.CursorBefore, choice.Cursor?.Position)
        {
            Figures = choice.Figures,
        };
    }

    private TraceSla? Sla()
    {
        if (_draft is null)
        {
            return null;
        }

        var sla = _draft.Sla;
        var rule = _facts.Policy?.Sla.For(sla.LeadType);
        return new TraceSla(EnumNames<LeadType>.Of(sla.LeadType), rule?.ResponseTarget, sla.RespondBy, sla.EscalateAt, sla.Reason, RuleOf(sla))
        {
            BusinessDays = rule?.BusinessDays,
            StartedAt = sla.StartedAt < _facts.Lead?.Now ? sla.StartedAt : null,
            BusinessHoursZone = sla.BusinessHoursZone,
            AfterHolidays = sla.AfterHolidays ? true : null,
        };
    }

    // The live decision flags, then each flag set on the assignment itself.
    private List<TraceFlag> Flags()
    {
        var live = _facts.LiveFlags;
        var assigned = _draft?.Assignment.Flags ?? RoutingFlags.None;
        var flags = new List<TraceFlag>(live.Length + (assigned == RoutingFlags.None ? 0 : System.Numerics.BitOperations.PopCount((uint)assigned)));
        foreach (var f in live)
        {
            flags.Add(new TraceFlag(EnumNames<RoutingFlags>.Of(f.Flag), f.Reason, RuleOf(f), f.NextContactAt));
        }

        if (_draft is { } draft && assigned != RoutingFlags.None)
        {
            var rule = RuleOf(draft.Assignment);
            for (var i = 0; i < AllFlags.Length; i++)
            {
                if (AllFlags[i] != RoutingFlags.None && (assigned & AllFlags[i]) == AllFlags[i])
                {
                    flags.Add(new TraceFlag(FlagNames[i], draft.Assignment.Reason, rule, null));
                }
            }
        }

        return flags;
    }
}
