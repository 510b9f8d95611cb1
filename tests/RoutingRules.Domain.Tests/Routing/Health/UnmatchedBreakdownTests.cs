using RoutingRules.Domain.Model;
using RoutingRules.Domain.Routing;
using RoutingRules.Domain.Routing.Commit;
using RoutingRules.Domain.Routing.Health;
using RoutingRules.Domain.Routing.Reassignment;
using RoutingRules.Domain.Snapshot;
using static RoutingRules.Domain.Tests.Routing.Health.HealthTestDecisions;

namespace RoutingRules.Domain.Tests.Routing.Health;

/// <summary>
/// Why the window's leads matched no territory, counted in the health pass: by reason, the countries
/// no territory lists and the industries of the unmatched leads, with hand-counted figures.
/// </summary>
public sealed class UnmatchedBreakdownTests
{
    private static readonly ReferenceSnapshot Snapshot = ReferenceSnapshot.Build(Dataset.Empty);
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    /// <summary>
    /// Fourteen decisions, ten unmatched in the window. Uncovered country: JP technology, JP retail,
    /// "jp" technology (one country whatever the case), BR without industry. Uncovered industry: DE
    /// mining, DE "Mining". Uncovered segment: FR retail. Missing data: nothing. Unknown: flagged before
    /// reasons were kept. Uncovered area: an SLA escalation in force of an FR retail lead, which carries
    /// the reason over. Not counted: an unmatched JP lead decided before the window, two matched leads
    /// (one keeping a reason it was never flagged for) and a matched lead decided in the window.
    /// </summary>
    private static readonly CommittedDecision[] Decisions =
    [
        Unmatched(1, UnmatchedReason.UncoveredCountry, "JP", "technology"),
        Unmatched(2, UnmatchedReason.UncoveredCountry, "JP", "retail"),
        Unmatched(3, UnmatchedReason.UncoveredCountry, "jp", "technology"),
        Unmatched(4, UnmatchedReason.UncoveredCountry, "BR", null),
        Unmatched(5, UnmatchedReason.UncoveredIndustry, "DE", "mining"),
        Unmatched(6, UnmatchedReason.UncoveredIndustry, "DE", "Mining"),
        Unmatched(7, UnmatchedReason.UncoveredSegment, "FR", "retail"),
        Unmatched(8, UnmatchedReason.MissingData, null, null),
        Queued(9, "default-pool", null, Now.AddHours(-9), RoutingFlags.NoTerritoryMatch),
        Escalated(Unmatched(10, UnmatchedReason.UncoveredArea, "FR", "retail")),
        Unmatched(11, UnmatchedReason.UncoveredCountry, "JP", "technology") with { DecidedAt = Now.AddDays(-2) },
        InTerritory(12, "t1", "r1"),
        Keeping(InTerritory(13, "t1", "r1"), UnmatchedLead.Of(UnmatchedReason.UncoveredCountry, "IT", "retail")),
        InTerritory(14, "t2", "r2"),
    ];

    [Fact]
    public void Measure_ByReason_EachReasonOnceMostFirstSummingToTheUnmatched()
    {
        var health = RoutingHealthMeter.Measure(Live(Decisions), Snapshot, Now, Day);

        Assert.Equal(10, health.Unmatched);
        Assert.Equal(
            [
                new UnmatchedReasonCount(UnmatchedReason.UncoveredCountry, 4), new(UnmatchedReason.UncoveredIndustry, 2),
                new(UnmatchedReason.Unknown, 1), new(UnmatchedReason.MissingData, 1), new(UnmatchedReason.UncoveredArea, 1),
                new(UnmatchedReason.UncoveredSegment, 1),
            ],
            health.UnmatchedBreakdown.ByReason);
        Assert.Equal(health.Unmatched, health.UnmatchedBreakdown.ByReason.Sum(r => r.Count));
    }

    [Fact]
    public void Measure_UncoveredCountries_OnlyTheNewGeographiesFirstSpellingKept()
    {
        var breakdown = RoutingHealthMeter.Measure(Live(Decisions), Snapshot, Now, Day).UnmatchedBreakdown;

        Assert.Equal([new UnmatchedValueCount("JP", 3, 3), new("BR", 1, 1)], breakdown.UncoveredCountries);
        Assert.Equal(2, breakdown.UncoveredCountryCount);
    }

    [Fact]
    public void Measure_Industries_EveryUnmatchedLeadThatGaveOneWithTheNewIndustriesAmongThem()
    {
        var breakdown = RoutingHealthMeter.Measure(Live(Decisions), Snapshot, Now, Day).UnmatchedBreakdown;

        Assert.Equal([new UnmatchedValueCount("retail", 3, 0), new("mining", 2, 2), new("technology", 2, 0)], breakdown.Industries);
        Assert.Equal(3, breakdown.IndustryCount);
    }

    /// <summary>Twelve new countries, country i with i leads: the ten with most are listed, the two with fewest only counted.</summary>
    [Fact]
    public void Measure_MoreThanTenCountries_TheTenWithMostAndHowManyThereWere()
    {
        var countries = new[] { "AR", "AU", "BR", "CA", "CL", "CN", "CO", "EG", "IN", "JP", "KR", "MX" };
        var decisions = countries
            .SelectMany((country, i) => Enumerable.Range(0, i + 1).Select(_ => (country, i)))
            .Select((c, n) => Unmatched(n + 1, UnmatchedReason.UncoveredCountry, c.country, null))
            .ToArray();

        var breakdown = RoutingHealthMeter.Measure(Live(decisions), Snapshot, Now, Day).UnmatchedBreakdown;

        Assert.Equal(78, decisions.Length);
        Assert.Equal(12, breakdown.UncoveredCountryCount);
        Assert.Equal(countries.Reverse().Take(10), breakdown.UncoveredCountries.Select(c => c.Value));
        Assert.Equal(Enumerable.Range(3, 10).Reverse(), breakdown.UncoveredCountries.Select(c => c.Unmatched));
        Assert.Empty(breakdown.Industries);
    }

    [Fact]
    public void Measure_Ties_ByValue()
    {
        var breakdown = RoutingHealthMeter.Measure(
            Live(Unmatched(1, UnmatchedReason.UncoveredCountry, "NZ", "b"), Unmatched(2, UnmatchedReason.UncoveredCountry, "AU", "a")), Snapshot, Now, Day)
            .UnmatchedBreakdown;

        Assert.Equal(["AU", "NZ"], breakdown.UncoveredCountries.Select(c => c.Value));
        Assert.Equal(["a", "b"], breakdown.Industries.Select(c => c.Value));
    }

    [Fact]
    public void Measure_NothingUnmatched_EmptyBreakdown()
    {
        var breakdown = RoutingHealthMeter.Measure(Live(InTerritory(1, "t1", "r1")), Snapshot, Now, Day).UnmatchedBreakdown;

        Assert.Empty(breakdown.ByReason);
        Assert.Empty(breakdown.UncoveredCountries);
        Assert.Empty(breakdown.Industries);
        Assert.Equal((0, 0), (breakdown.UncoveredCountryCount, breakdown.IndustryCount));
    }

    /// <summary>Once a value's entry exists, counting a decision allocates nothing: the pass stays bounded by values, not decisions.</summary>
    [Fact]
    public void Count_ValuesSeenBefore_AllocatesNothing()
    {
        var tally = new UnmatchedTally();
        var decisions = Decisions.Take(10).Select(d => d.Decision).ToArray();
        foreach (var decision in decisions)
        {
            tally.Count(decision);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            foreach (var decision in decisions)
            {
                tally.Count(decision);
            }
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(404, tally.Result().ByReason.First(r => r.Reason == UnmatchedReason.UncoveredCountry).Count);
    }

    private static CommittedDecision Unmatched(long sequence, UnmatchedReason reason, string? country, string? industry) =>
        Keeping(Queued(sequence, "default-pool", null, Now.AddMinutes(-sequence), RoutingFlags.NoTerritoryMatch), UnmatchedLead.Of(reason, country, industry));

    private static CommittedDecision Keeping(CommittedDecision decided, UnmatchedLead unmatched) =>
        decided with { Decision = decided.Decision with { Unmatched = unmatched } };

    /// <summary>The lead escalated to a manager: a new decision in force that carries the lead's flags and what the replaced one kept.</summary>
    private static CommittedDecision Escalated(CommittedDecision previous) => previous with
    {
        DecisionId = previous.DecisionId + "-escalated",
        SupersedesDecisionId = previous.DecisionId,
        Decision = CarriedOver.Decision(
            previous.Decision, Assignee.ForRep("m1", "Manon"), RoutingLevel.SlaEscalation, new FreshSla(Now, Now.AddHours(1), null, null, false),
            (previous.Decision.Flags & CarriedOver.LeadFlags) | RoutingFlags.SlaEscalated, "escalated", "v"),
    };
}
