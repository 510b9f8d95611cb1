using System.Globalization;
using RoutingRules.Domain.Routing.Facts;

namespace RoutingRules.Domain.Explain;

/// <summary>
/// The step that says which rep profile the lead's score or deal size asks for, with the figure
/// and the policy's threshold ("The lead score is 85, above 80: the policy asks for a senior
/// account executive"). Only the requirement that counted is told: the deal size speaks before the
/// score (<see cref="SeniorityRequirement"/>). Told only when a member of the territory got the
/// lead, the one case the requirement weighs in (an account's owner or a queue takes a lead
/// whatever it asks); when no eligible member had the profile, a second step says it was set aside
/// (<see cref="UnmetRequirement"/>).
/// </summary>
internal static class RequirementStep
{
    public static void Append(RenderContext c, List<ExplanationStep> steps)
    {
        // The one that counted first, then whether it has a threshold to tell: a band (mid-size deal) has none.
        var requirement = c.Details.Notes
            .Where(n => n.Type == "SeniorityRequirement")
            .MinBy(n => int.TryParse(n["rank"], CultureInfo.InvariantCulture, out var rank) ? rank : int.MaxValue);
        if (requirement?["threshold"] is not { } threshold || !c.Details.Candidates.Any(candidate => candidate.Chosen))
        {
            return;
        }

        var byDeal = requirement["rank"] == SeniorityRequirement.DealSizeRank.ToString(CultureInfo.InvariantCulture);
        var key = $"requirement.{(byDeal ? "deal" : "score")}.{requirement["profile"]}";
        var lead = c.Details.Lead;
        var figure = byDeal
            ? (lead.EstimatedDealValue is { } deal ? c.Number((double)deal) : null)
            : lead.Score?.ToString(c.Catalog.Culture);
        if (c.Catalog.Has(key) && figure is not null)
        {
            steps.Add(c.Step(key, ("figure", figure), ("threshold", threshold)));
            if (c.Details.Notes.Any(n => n.Type == "UnmetRequirement" && n["rank"] == requirement["rank"]))
            {
                steps.Add(c.Step("requirement.unmet", ("territory", c.Decision.TerritoryName)));
            }
        }
    }
}
