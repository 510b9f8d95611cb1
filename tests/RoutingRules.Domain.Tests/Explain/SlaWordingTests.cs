using RoutingRules.Domain.Explain;
using RoutingRules.Domain.Explain.Binary;
using RoutingRules.Domain.Routing;

namespace RoutingRules.Domain.Tests.Explain;

/// <summary>
/// The SLA as the rep reads it: a target the policy counts in business days says so (the
/// deadline can be 7 calendar days after "5 days"), in the summary and the SLA step, both locales;
/// an SLA borrowed from another lead type says why.
/// </summary>
public sealed class SlaWordingTests
{
    // A Tuesday: five business days later is the next Tuesday, seven calendar days.
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("en", "Respond within 5 business days")]
    [InlineData("fr", "Répondez sous 5 jours ouvrés")]
    public void Render_SlaInBusinessDays_SaysBusinessDays(string locale, string expected)
    {
        var (decision, trace) = ContentDownload(businessDays: true);

        var explanation = ExplanationRenderer.Render(decision, trace, ExplanationAudience.Rep, locale);

        Assert.Contains(expected, explanation.Summary, StringComparison.Ordinal);
        Assert.StartsWith(expected, Assert.Single(explanation.Steps, s => s.Key == "sla").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SlaInCalendarDays_SaysDays()
    {
        var (decision, trace) = ContentDownload(businessDays: false, respondBy: Now.AddDays(5));

        var explanation = ExplanationRenderer.Render(decision, trace, ExplanationAudience.Rep, "en");

        Assert.Contains("Respond within 5 days,", explanation.Summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(7, "Respond within 5 business days,")]
    [InlineData(5, "Respond within 5 days,")]
    public void Render_TraceStoredBeforeItRecordedBusinessDays_DeducesThemFromTheDeadline(int calendarDays, string expected)
    {
        var (decision, trace) = ContentDownload(businessDays: null, respondBy: Now.AddDays(calendarDays));

        var explanation = ExplanationRenderer.Render(decision, trace, ExplanationAudience.Rep, "en");

        Assert.Contains(expected, explanation.Summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("IntentFit.DefaultSla", "en", "Respond within 5 business days (no specific lead type: the content download SLA, the least urgent, applies), by ")]
    [InlineData("IntentFit.DefaultSla", "fr", "Répondez sous 5 jours ouvrés (aucun type de lead particulier : le SLA du type téléchargement de contenu, le moins urgent, s'applique), avant le ")]
    [InlineData("IntentFit.ContentDownloadSla", "en", "Respond within 5 business days (content download), by ")]
    public void Render_Sla_NamesWhatItAppliedFor(string rule, string locale, string expectedStart)
    {
        var (decision, trace) = ContentDownload(businessDays: true);
        trace = trace with { Details = trace.Details! with { Sla = trace.Details.Sla! with { Rule = rule } } };

        var explanation = ExplanationRenderer.Render(decision, trace, ExplanationAudience.Rep, locale);

        Assert.StartsWith(expectedStart, Assert.Single(explanation.Steps, s => s.Key == "sla").Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    [InlineData(null)]
    public void Decode_EncodedSla_KeepsWhetherItCountsBusinessDays(bool? businessDays)
    {
        var (_, trace) = ContentDownload(businessDays);

        var decoded = TraceBinary.Decode(TraceBinary.Encode(trace));

        Assert.Equal(businessDays, decoded.Details!.Sla!.BusinessDays);
        Assert.Equal(TraceJson.Serialize(trace), TraceJson.Serialize(decoded));
    }

    private static (RoutingDecision, RoutingTrace) ContentDownload(bool? businessDays, DateTimeOffset? respondBy = null)
    {
        var by = respondBy ?? Now.AddDays(7);
        var decision = new RoutingDecision
        {
            LeadId = "L1",
            Assignee = Assignee.ForRep("ae-1", "Ann Lee"),
            Level = RoutingLevel.Territory,
            TerritoryName = "Paris",
            Treatment = Treatment.MarketingNurture,
            RespondBy = by,
            EscalateAt = by.AddDays(7),
            Reason = "Routed to Ann Lee (ae-1).",
            RuleSetVersion = "v1",
        };
        var details = new TraceDetails
        {
            Lead = new TraceLead { Id = "L1", Domain = "shop.fr", Intent = "Low", Fit = "Weak", Now = Now },
            Sla = new TraceSla("ContentDownload", TimeSpan.FromDays(5), by, by.AddDays(7), "content download", "IntentFit.ContentDownloadSla") { BusinessDays = businessDays },
        };
        return (decision, new RoutingTrace { Details = details });
    }
}
