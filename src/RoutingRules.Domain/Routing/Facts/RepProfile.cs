using RoutingRules.Domain.Model;
using RoutingRules.Domain.Policy;

namespace RoutingRules.Domain.Routing.Facts;

/// <summary>A rep involved in routing this lead, with live counters and distance from the lead's time zone.</summary>
public sealed class RepProfile(Rep rep, RepWorkload workload, double hoursFromLead)
{
    public Rep Rep { get; } = rep;
    public string Id => Rep.Id;

    /// <summary>Counters as of the last commit (live state), not the reference snapshot's.</summary>
    public RepWorkload Workload { get; } = workload;

    /// <summary>Absolute UTC-offset difference with the lead's zone, in hours; 0 when the lead's zone is unknown.</summary>
    public double HoursFromLead { get; } = hoursFromLead;

    public int OpenLeadsCap(CapacityPolicy policy) => Rep.OpenLeadsCap ?? policy.OpenLeadsCap;

    public bool IsAbsentAt(DateTimeOffset now) => Rep.IsAbsentAt(now);

    /// <summary>Can stand in for an absent owner: still employed and not on leave (a meeting does not stop it).</summary>
    public bool CanCoverAbsenceAt(DateTimeOffset now) => !Rep.Departed && !Rep.IsAbsentAt(now);

    /// <summary>
    /// Can take a lead right now: employed, present, available, under the open-leads cap and not
    /// over the overdue follow-ups limit (the hard exclusions of DOMAIN.md §6, for a rep who is not
    /// a territory candidate: a backup, a manager).
    /// </summary>
    public bool CanTakeLeadAt(DateTimeOffset now, CapacityPolicy policy) =>
        !Rep.Departed && Rep.Status == RepStatus.Available && !Rep.IsAbsentAt(now)
        && Workload.OpenLeads < OpenLeadsCap(policy) && Workload.OverdueFollowUps <= policy.OverdueFollowUpsCap;

    public bool IsCoolingDownAt(DateTimeOffset now, CapacityPolicy policy) =>
        Workload.LastAssignedAt is { } last && now - last < policy.CoolDown;

    public bool Speaks(string language) => Lists(Rep.Languages, language);

    public bool KnowsIndustry(string? industry) => industry is not null && Lists(Rep.Industries, industry);

    // Trim returns the same string when there is nothing to trim: no allocation for a clean value.
    public bool KnowsProduct(string product) => Lists(Rep.Products, product.Trim());

    public bool Specialises(string? department) =>
        department is not null && string.Equals(Rep.SpecialistDepartment, department, StringComparison.OrdinalIgnoreCase);

    public double WorkloadScore(WorkloadWeights w) =>
        (Workload.OpenLeads * w.OpenLeads) + (Workload.AssignedToday * w.AssignedToday)
        + (Workload.OverdueFollowUps * w.OverdueFollowUps) + (Workload.ActiveOpportunities * w.ActiveOpportunities);

    public override string ToString() => $"rep {Id} ({Rep.Name})";

    // Rules test these in their conditions for every rep of every lead: a loop, not a closure per call.
    private static bool Lists(IReadOnlyList<string> values, string value)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (string.Equals(values[i], value, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
