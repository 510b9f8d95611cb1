using RoutingRules.Domain.Routing.Facts;
using RoutingRules.Domain.Routing.Logic;
using RoutingRules.Domain.Snapshot;

namespace RoutingRules.Domain.Routing;

/// <summary>
/// The facts drawn from the lead's own fields (its profile, territories and every rep's profile),
/// gathered last so that a lead completed from the account the rules matched can replace them.
/// </summary>
public static partial class RoutingFactGatherer
{
    /// <summary>
    /// Puts <paramref name="completed"/> (the profile of the lead completed from its account) in place
    /// of the profile, first in <paramref name="facts"/>, and the facts drawn from its fields in place of
    /// those of the lead as it came; the others (accounts and their history, queues, sightings...) do
    /// not read those fields. Called on the gathering's thread before it gathers another lead.
    /// </summary>
    internal static void Complete(LeadProfile completed, RoutingContext context, LeadFactsMark mark, List<object> facts)
    {
        facts[0] = completed;
        facts.RemoveRange(mark.Start, facts.Count - mark.Start);
        AddLeadFacts(completed.Lead, context, facts, mark.RestoreRepIds());
    }

    // Territories follow the lead's geography, industry and size, which its account may complete;
    // every rep's profile comes after them, with its distance from the lead's time zone (never completed).
    private static void AddLeadFacts(Lead lead, RoutingContext context, List<object> facts, HashSet<string> repIds)
    {
        var snapshot = context.Snapshot;
        TerritoryGathering.AddTerritories(lead, snapshot, context.Live, facts, repIds);
        if (lead.ContactDepartment is { } department)
        {
            var byDepartment = Specialists.GetValue(snapshot, static s => s.Reps
                .Where(r => r.SpecialistDepartment is not null)
                .ToLookup(r => r.SpecialistDepartment!, StringComparer.OrdinalIgnoreCase));
            foreach (var rep in byDepartment[department])
            {
                repIds.Add(rep.Id);
            }
        }

        RepGathering.AddReps(lead, repIds, context, facts);
    }

    /// <summary>A candidate account has a field the lead lacks, and the policy completes leads: the rules' match may fill it.</summary>
    private static bool MayFill(Lead lead, List<AccountMatch> found, Policy.RoutingPolicy policy)
    {
        if (!policy.Territories.FillFromMatchedAccount)
        {
            return false;
        }

        foreach (var match in found)
        {
            if (AccountFill.Fillable(lead, match.Account) != LeadFields.None)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Where one gathering's facts drawn from the lead's own fields start, for <see cref="Complete"/>.</summary>
    internal readonly struct LeadFactsMark
    {
        private readonly Scratch _scratch;
        private readonly int _generation;
        private readonly int _repIds;

        internal LeadFactsMark(Scratch scratch, int generation, int start, int repIds, bool mayFill)
        {
            _scratch = scratch;
            _generation = generation;
            _repIds = repIds;
            Start = start;
            MayFill = mayFill;
        }

        /// <summary>The index of the first fact drawn from the lead's fields (its territories, then the reps).</summary>
        public int Start { get; }

        /// <summary>The policy completes leads and a candidate account has a field the lead lacks.</summary>
        public bool MayFill { get; }

        /// <summary>
        /// Puts the gathering's rep ids back as they were before the lead's facts added theirs (a set
        /// enumerates in insertion order while nothing is removed, so they are its first ones) and returns them.
        /// </summary>
        public HashSet<string> RestoreRepIds()
        {
            if (_scratch is null || _scratch.Generation != _generation)
            {
                throw new InvalidOperationException("The gathering's thread has gathered another lead since: complete a lead before gathering the next.");
            }

            var ids = new string[_repIds];
            _scratch.RepIds.CopyTo(ids, 0, _repIds);
            _scratch.RepIds.Clear();
            _scratch.RepIds.UnionWith(ids);
            return _scratch.RepIds;
        }
    }
}
