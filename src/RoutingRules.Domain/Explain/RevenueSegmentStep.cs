using System.Globalization;
using RoutingRules.Domain.Model;
using RoutingRules.Domain.Routing.Facts;

namespace RoutingRules.Domain.Explain;

/// <summary>
/// The step that says the lead's segment came from its annual revenue, the company size being
/// unknown ("Segment enterprise from the annual revenue of 80,000,000 EUR (the company size was not
/// given)."), read from the lead's note (<see cref="LeadProfile.SegmentFrom"/>), to the rep and to
/// ops: a lead's size is usually the first thing read of its segment, and without it the rep would
/// wonder why the lead is in an enterprise territory. A segment from the employee count or the
/// default segment says nothing more; traces stored before revenue bands existed have no such note.
/// </summary>
internal static class RevenueSegmentStep
{
    private static readonly string FromRevenue = nameof(SegmentSource.AnnualRevenue);

    public static void Append(RenderContext c, List<ExplanationStep> steps)
    {
        var d = c.Details;
        if (d.Notes.FirstOrDefault(n => n.Type == "Lead") is not { } note || note["segmentFrom"] != FromRevenue
            || note["annualRevenue"] is not { } revenue || d.Lead.Segment.Length == 0)
        {
            return;
        }

        // Whole euros in the locale's style ("80,000,000", "80 000 000"); a fraction is rounded for reading.
        var amount = decimal.TryParse(revenue, NumberStyles.Number, CultureInfo.InvariantCulture, out var value)
            && decimal.Round(value, MidpointRounding.AwayFromZero) is var whole && whole is >= long.MinValue and <= long.MaxValue
            ? c.Whole((long)whole)
            : revenue;
        steps.Add(c.Step("segment.revenue", ("segment", c.Catalog.Label("segment", d.Lead.Segment)), ("revenue", amount)));
    }
}
