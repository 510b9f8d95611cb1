using Google.Protobuf.WellKnownTypes;
using RoutingRules.Domain.Routing.Commit;
using Proto = RoutingRules.V1;

namespace RoutingRules.Server.Routing;

/// <summary>Adds the rule match rates of DOMAIN.md §7 to a <c>ListRules</c> answer: how often each rule fired, which never did, which rarely do.</summary>
internal static class RuleUsageListing
{
    public static void Fill(Proto.ListRulesResponse response, RuleUsage usage, double reviewBelow)
    {
        response.UsageDecisions = usage.Decisions;
        response.UsageWindowStart = Timestamp.FromDateTimeOffset(usage.Since);
        response.UsageReviewBelow = reviewBelow;
        foreach (var rule in response.Rules)
        {
            rule.FiredDecisions = usage.DecisionsByRule.GetValueOrDefault(rule.Name);
            rule.MatchRate = usage.MatchRate(rule.Name);

            // Without decisions nothing can be said of any rule.
            rule.Dead = usage.Decisions > 0 && rule.FiredDecisions == 0;
            rule.NeedsReview = usage.Decisions > 0 && rule.MatchRate < reviewBelow;
        }
    }
}
