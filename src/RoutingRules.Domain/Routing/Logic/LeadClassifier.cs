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
    /// Strong when the company is not below mid-market (unknown size counts as the default
    /// segment) and the lead score, when known, reaches the low score band.
    /// </summary>
    public static FitLevel Fit(Lead lead, RoutingPolicy policy)
    {
        var sizeFits = policy.Territories.SegmentFor(lead.EmployeeCount) != Segment.Smb;
        var scoreFits = lead.Score is not { } score || score >= policy.Assignment.LowLeadScore;
        return sizeFits && scoreFits ? FitLevel.Strong : FitLevel.Weak;
    }
}
