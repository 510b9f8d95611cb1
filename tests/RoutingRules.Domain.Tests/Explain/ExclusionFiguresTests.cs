using RoutingRules.Domain.Explain;
using RoutingRules.Domain.Routing;

namespace RoutingRules.Domain.Tests.Explain;

/// <summary>
/// OPS exclusion lines word the figures the trace keeps as the rules wrote them: a time-zone
/// distance in hours and minutes, a status and a profile in the locale's words; a value the
/// catalogue has no words for is shown as stored.
/// </summary>
public sealed class ExclusionFiguresTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("en", "0.75", "1", "Bob Far (ae-2) is excluded: 45 minutes from the lead's time zone, limit 1 hour.")]
    [InlineData("en", "1.25", "2.5", "Bob Far (ae-2) is excluded: 1 hour 15 minutes from the lead's time zone, limit 2 hours 30 minutes.")]
    [InlineData("fr", "1.25", "0", "Exclusion de Bob Far (ae-2) : 1 heure 15 minutes d'écart avec le fuseau du lead, limite 0 heure.")]
    [InlineData("fr", "9.5", "3", "Exclusion de Bob Far (ae-2) : 9 heures 30 minutes d'écart avec le fuseau du lead, limite 3 heures.")]
    [InlineData("en", "far", "3", "Bob Far (ae-2) is excluded: far from the lead's time zone, limit 3 hours.")]
    public void Render_TimeZoneDistance_InHoursAndMinutes(string locale, string actual, string limit, string expected)
    {
        var text = ExclusionLine("Capacity.TimeZonePreference", actual, limit, locale);

        Assert.Equal(expected, text);
    }

    [Theory]
    [InlineData("en", "Capacity.UnavailableStatus", "Away", "Available", "Bob Far (ae-2) is excluded: away (status when the lead arrived).")]
    [InlineData("fr", "Capacity.UnavailableStatus", "InMeeting", "Available", "Exclusion de Bob Far (ae-2) : en réunion (statut à l'arrivée du lead).")]
    [InlineData("en", "Capacity.UnavailableStatus", "OnTheMoon", "Available", "Bob Far (ae-2) is excluded: OnTheMoon (status when the lead arrived).")]
    [InlineData("en", "Capacity.RequiredSeniority", "Sdr Junior", "JuniorAeOrSdr", "Bob Far (ae-2) is excluded: profile junior SDR, required junior account executive or SDR.")]
    [InlineData("fr", "Capacity.RequiredSeniority", "Manager Director", "SeniorAe", "Exclusion de Bob Far (ae-2) : profil manager de niveau directeur, requis account executive senior ou de niveau directeur.")]
    [InlineData("en", "Capacity.RequiredSeniority", "someone", "Sdr", "Bob Far (ae-2) is excluded: profile someone, required SDR.")]
    public void Render_StatusOrProfile_InTheLocalesWords(string locale, string rule, string actual, string limit, string expected)
    {
        var text = ExclusionLine(rule, actual, limit, locale);

        Assert.Equal(expected, text);
    }

    private static string ExclusionLine(string rule, string actual, string limit, string locale)
    {
        var decision = new RoutingDecision
        {
            LeadId = "L1",
            Assignee = Assignee.ForRep("ae-1", "Ann Lee"),
            Level = RoutingLevel.Territory,
            TerritoryId = "ter-paris",
            TerritoryName = "Paris",
            Treatment = Treatment.SdrQualification,
            RespondBy = Now.AddHours(4),
            EscalateAt = Now.AddHours(8),
            Reason = "Routed to Ann Lee (ae-1) at level Territory.",
            RuleSetVersion = "v1",
        };
        var details = new TraceDetails
        {
            Lead = new TraceLead { Id = "L1", Domain = "shop.fr", Now = Now },
            Territories = [new TraceTerritory("ter-paris", "Paris", "None", "City", false, 0, 0, true, "dimension priority")],
            Candidates =
            [
                new TraceCandidate("ae-1", "Ann Lee", 10, 50, 1, 0, 0) { Chosen = true },
                new TraceCandidate("ae-2", "Bob Far", 5, 50, 0, 0, 0) { Exclusions = [new TraceCandidateExclusion(rule, "why", actual, limit)] },
            ],
            DecidingRule = "Distribution.RoundRobin",
        };

        var explanation = ExplanationRenderer.Render(decision, new RoutingTrace { Details = details }, ExplanationAudience.Ops, locale);

        return Assert.Single(explanation.Steps, s => s.Key == "exclusion." + rule).Text;
    }
}
