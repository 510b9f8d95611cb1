using System.Globalization;
using RoutingRules.Domain.Routing.Facts;

namespace RoutingRules.Domain.Explain;

/// <summary>
/// The step that says which rep profile the lead's deal size or score asks for, with the figure
/// and the policy's threshold ("The lead score is 85, above 80: the policy asks for a senior
/// account executive"), or, when neither does, the intent x fit treatment. Only the requirement
/// that counted is told: the deal size speaks before the score, the score before the treatment
/// (<see cref="SeniorityRequirement"/>). Told only when a member of the territory got the lead at
/// a territory level, the one case the requirement weighs in (an account's owner, even one who is
/// also a member, or a queue takes a lead whatever it asks); when no eligible member had the
/// profile, a second step says it was set aside (<see cref="UnmetRequirement"/>).
/// </summary>
internal static class RequirementStep
{
    private static readonly string TreatmentRank = SeniorityRequirement.TreatmentRank.ToString(CultureInfo.InvariantCulture);
    private static readonly string DealSizeRank = SeniorityRequirement.DealSizeRank.ToString(CultureInfo.InvariantCulture);

    public static void Append(RenderContext c, List<ExplanationStep> steps)
    {
        // The one that counted first, then whether it has something to tell: a band (mid-size deal) has no threshold.
        var requirement = c.Details.Notes
            .Where(n => n.Type == "SeniorityRequirement")
            .MinBy(n => int.TryParse(n["rank"], CultureInfo.InvariantCulture, out var rank) ? rank : int.MaxValue);
        if (requirement is null || !ExplanationSteps.TerritoryLevels.Contains(c.Decision.Level) || !c.Details.Candidates.Any(candidate => candidate.Chosen))
        {
            return;
        }

        var step = requirement["rank"] == TreatmentRank ? ByTreatment(c, requirement) : ByFigure(c, requirement);
        if (step is null)
        {
            return;
        }

        steps.Add(step);
        if (c.Details.Notes.Any(n => n.Type == "UnmetRequirement" && n["rank"] == requirement["rank"]))
        {
            steps.Add(c.Step("requirement.unmet", ("territory", c.Decision.TerritoryName)));
        }
    }

    // The intent x fit table's profile: the treatment step above already told the intent and the fit.
    private static ExplanationStep? ByTreatment(RenderContext c, TraceFact requirement)
    {
        var key = $"requirement.treatment.{requirement["profile"]}";
        return c.Catalog.Has(key) ? c.Step(key) : null;
    }

    // The deal size's or the score's profile, with the lead's figure and the policy's bound.
    private static ExplanationStep? ByFigure(RenderContext c, TraceFact requirement)
    {
        if (requirement["threshold"] is not { } threshold)
        {
            return null;
        }

        var byDeal = requirement["rank"] == DealSizeRank;
        var key = $"requirement.{(byDeal ? "deal" : "score")}.{requirement["profile"]}";
        var lead = c.Details.Lead;
        var figure = byDeal
            ? (lead.EstimatedDealValue is { } deal ? c.Number((double)deal) : null)
            : lead.Score?.ToString(c.Catalog.Culture);
        return c.Catalog.Has(key) && figure is not null ? c.Step(key, ("figure", figure), ("threshold", threshold)) : null;
    }
}
