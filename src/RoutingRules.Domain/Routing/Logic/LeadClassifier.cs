using RoutingRules.Domain.Model;
using RoutingRules.Domain.Policy;
using RoutingRules.Domain.Routing.Facts;

namespace RoutingRules.Domain.Routing.Logic;

/// <summary>Intent from signals and fit from the ideal customer profile (DOMAIN.md §5).</summary>
public static class LeadClassifier
{
    public static IntentLevel Intent(Lead lead)
    {
        var downloads = 0;
        var medium = false;
        var signals = lead.IntentSignals;
        for (var i = 0; i < signals.Count; i++)
        {
            switch (signals[i])
            {
                case IntentSignal.DemoRequest or IntentSignal.PricingPageVisit or IntentSignal.ContactSalesForm or IntentSignal.OutboundReply:
                    return IntentLevel.High;
                case IntentSignal.WebinarAttendance or IntentSignal.CaseStudyEngagement:
                    medium = true;
                    break;
                case IntentSignal.ContentDownload:
                    downloads++;
                    break;
            }
        }

        return lead.Source == LeadSource.OutboundReply ? IntentLevel.High
            : medium || downloads > 1 ? IntentLevel.Medium
            : IntentLevel.Low;
    }

    /// <summary>
    /// Strong when the lead fails none of the ideal customer profile's criteria (<see cref="WeakOn"/>).
    /// </summary>
    public static FitLevel Fit(Lead lead, RoutingPolicy policy) => Fit(WeakOn(lead, policy));

    public static FitLevel Fit(FitCriteria weakOn) => weakOn == FitCriteria.None ? FitLevel.Strong : FitLevel.Weak;

    /// <summary>
    /// The criteria of the ideal customer profile the lead fails: size, when the company is below
    /// mid-market (unknown size counts as its revenue's segment under the policy's revenue bands,
    /// else as the default segment: <see cref="TerritoryPolicy.Classify"/>); score, when the lead score is known
    /// and below the low score band; industry, when the policy lists industries, the lead's primary
    /// industry is known and neither it nor a secondary industry is listed. Missing data fails
    /// nothing: a lead that gives neither size, score nor industry is not weak for it.
    /// </summary>
    public static FitCriteria WeakOn(Lead lead, RoutingPolicy policy)
    {
        var weakOn = FitCriteria.None;
        if (policy.Territories.SegmentFor(lead.EmployeeCount, lead.AnnualRevenue) == Segment.Smb)
        {
            weakOn |= FitCriteria.Size;
        }

        if (lead.Score is { } score && score < policy.Assignment.LowLeadScore)
        {
            weakOn |= FitCriteria.Score;
        }

        if (!IndustryFits(lead, policy.Assignment.IdealCustomerIndustries))
        {
            weakOn |= FitCriteria.Industry;
        }

        return weakOn;
    }

    // Once per lead on the routing path: an index loop over the secondary industries and a set built once per policy.
    private static bool IndustryFits(Lead lead, IReadOnlyList<string> profile)
    {
        if (profile.Count == 0 || string.IsNullOrWhiteSpace(lead.Industry))
        {
            return true;
        }

        var listed = IdealCustomerIndustries.For(profile);
        if (listed.Contains(lead.Industry))
        {
            return true;
        }

        var secondary = lead.SecondaryIndustries;
        for (var i = 0; i < secondary.Count; i++)
        {
            if (secondary[i] is { } industry && listed.Contains(industry))
            {
                return true;
            }
        }

        return false;
    }
}
