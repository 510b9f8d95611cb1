using RoutingRules.Domain.Routing.Facts;

namespace RoutingRules.Domain.Explain;

/// <summary>
/// The step after the treatment that says why the lead's fit is weak ("The fit with the ideal
/// customer profile is weak: the company is a small business (SMB band), its industry (retail) is
/// not one the profile lists."), read from the lead's note (<see cref="LeadProfile.WeakOn"/>), to
/// the rep and to ops. Traces stored before the note was recorded say no more than the
/// treatment's "weak fit".
/// </summary>
internal static class WeakFitStep
{
    private static readonly FitCriteria[] Criteria = [FitCriteria.Size, FitCriteria.Score, FitCriteria.Industry];

    public static void Append(RenderContext c, List<ExplanationStep> steps)
    {
        var lead = c.Details.Lead;
        if (lead.Fit != nameof(FitLevel.Weak)
            || c.Details.Notes.FirstOrDefault(n => n.Type == "Lead")?["weakOn"] is not { } noted
            || !Enum.TryParse<FitCriteria>(noted, out var weakOn))
        {
            return;
        }

        var reasons = new List<string>(Criteria.Length);
        foreach (var criterion in Criteria)
        {
            if (weakOn.HasFlag(criterion))
            {
                reasons.Add(c.Text("fit.weakOn." + criterion, ("score", lead.Score?.ToString(c.Catalog.Culture)), ("industry", lead.Industry)));
            }
        }

        if (reasons.Count > 0)
        {
            steps.Add(c.Step("fit.weak", ("reasons", string.Join(c.Text("list.separator"), reasons))));
        }
    }
}
