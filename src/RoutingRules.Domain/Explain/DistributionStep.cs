using RoutingRules.Domain.Routing.Facts;

namespace RoutingRules.Domain.Explain;

/// <summary>
/// The step that says how the territory's distribution picked the rep. For ops, a choice made on
/// figures (weights, workload scores, rep scores) lists every eligible member's figures in the
/// locale's words and numbers, best first, and says what settled a tie; a choice among one
/// eligible member says so. Traces stored before the figures were (format 5 and earlier), and
/// rotations or single members, keep the strategy's sentence with its plain inputs, or the
/// choosing rule's own (<c>distribution.rule.&lt;Rule&gt;</c>: the small-deal pool's rotation).
/// </summary>
internal static class DistributionStep
{
    public static void Append(RenderContext c, List<ExplanationStep> steps, TraceTerritory chosen)
    {
        var d = c.Details;
        if (d.Distribution is not { } dist || c.Decision.Level != Routing.RoutingLevel.Territory)
        {
            return;
        }

        var rep = $"{NameOf(c, dist.ChosenRepId)} ({dist.ChosenRepId})";
        if (dist.Figures is { Rows.Count: 1 })
        {
            // Nothing was compared: "the lightest workload" of one would mislead.
            steps.Add(c.Step(c.Variant("distribution.Single"), ("territory", chosen.Name), ("rep", rep)));
            return;
        }

        if (!c.ForRep && dist.Figures is { } figures)
        {
            var basis = EnumNames<DistributionBasis>.Of(figures.Basis);
            var args = new List<(string, string?)> { ("territory", chosen.Name), ("rep", rep), ("rows", Rows(c, figures)), ("tie", Tie(c, figures)) };
            for (var i = 0; i < figures.Weights.Count; i++)
            {
                args.Add(("w" + i, c.Number(figures.Weights[i])));
            }

            steps.Add(c.Step($"distribution.figures.{basis}.ops", [.. args]));
            return;
        }

        if (c.ForRep && dist.Figures?.Basis == DistributionBasis.TopPerformer)
        {
            // Its strategy is the weighted one; "the weighted distribution picked you" would hide that it was a referral.
            steps.Add(c.Step("distribution.TopPerformer.rep", ("territory", chosen.Name)));
            return;
        }

        // A rule that picks otherwise than the territory's strategy (the small-deal pool) has a sentence of its own.
        var own = c.Variant("distribution.rule." + dist.Rule);
        steps.Add(c.Step(c.Catalog.Has(own) ? own : c.Variant("distribution." + dist.Strategy), ("territory", chosen.Name), ("rep", rep),
            ("inputs", dist.Inputs), ("before", dist.CursorBefore?.ToString(c.Catalog.Culture)), ("after", dist.CursorAfter?.ToString(c.Catalog.Culture))));
    }

    private static string Rows(RenderContext c, DistributionFigures figures)
    {
        var key = "distribution.row." + EnumNames<DistributionBasis>.Of(figures.Basis);
        var rows = figures.Rows.Select(row =>
        {
            var args = new List<(string, string?)> { ("name", NameOf(c, row.RepId)), ("compared", c.Number(row.Compared)) };
            for (var i = 0; i < row.Terms.Count; i++)
            {
                // A rep score's terms are told as what each criterion added (criterion x weight), so that they sum to the score.
                var term = figures.Basis == DistributionBasis.RepScore && i < figures.Weights.Count ? row.Terms[i] * figures.Weights[i] : row.Terms[i];
                args.Add(("t" + i, c.Number(term)));
            }

            if (figures.Basis == DistributionBasis.TopPerformer)
            {
                args.Add(("conversion", c.Percent(row.Terms[0])));
            }

            return c.Text(key, [.. args]);
        });
        return string.Join(c.Text("list.rows"), rows);
    }

    private static string Tie(RenderContext c, DistributionFigures figures)
    {
        if (!figures.Tied)
        {
            return string.Empty;
        }

        // Weighted and top-performer choices break a tie on their first term (the weight, the
        // conversion rate) before the member order; the others on the member order alone.
        var (first, second) = (figures.Rows[0], figures.Rows[1]);
        var byFirstTerm = figures.Basis is DistributionBasis.LeadsPerWeight or DistributionBasis.TopPerformer
            && first.Terms[0] != second.Terms[0];
        var key = byFirstTerm ? "distribution.tie." + EnumNames<DistributionBasis>.Of(figures.Basis) : "distribution.tie.order";
        return c.Text(key, ("other", NameOf(c, second.RepId)));
    }

    private static string NameOf(RenderContext c, string repId) =>
        c.Details.Candidates.FirstOrDefault(x => x.RepId == repId)?.RepName ?? repId;
}
