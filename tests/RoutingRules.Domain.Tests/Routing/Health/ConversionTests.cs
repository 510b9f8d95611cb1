using RoutingRules.Domain.Model;
using RoutingRules.Domain.Policy;
using RoutingRules.Domain.Routing;
using RoutingRules.Domain.Routing.Commit;
using RoutingRules.Domain.Routing.Health;
using RoutingRules.Domain.Snapshot;
using static RoutingRules.Domain.Tests.Routing.Health.HealthTestDecisions;

namespace RoutingRules.Domain.Tests.Routing.Health;

/// <summary>
/// Real conversion in routing health: the window's decisions in force with a closed outcome
/// (RecordOutcome), the converted among them, overall and per territory, level, source, segment and
/// rep, groups rated from the policy's minimum of outcomes, and the territories' spread against the alert.
/// </summary>
public sealed class ConversionTests
{
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    /// <summary>
    /// Fourteen decisions, eleven counted. North (t1): r1 converted twice, r2 lost and disqualified:
    /// 2 of 4, 50 %. South (t2): r3 converted once, then nurture and three lost: 1 of 5, 20 %. An
    /// account owner's lead of r1 (no territory) converted; a queue lead stored before sources and
    /// segments were kept, disqualified. Not counted: a reopened lead, one without an outcome, and a
    /// conversion decided before the window.
    /// </summary>
    private static readonly CommittedDecision[] Decisions =
    [
        With(1, "t1", "r1", LeadOutcome.Converted, LeadSource.Referral, Segment.Enterprise),
        With(2, "t1", "r1", LeadOutcome.Converted, LeadSource.PaidSearch, Segment.Smb),
        With(3, "t1", "r2", LeadOutcome.ClosedLost, LeadSource.Referral, Segment.Enterprise),
        With(4, "t1", "r2", LeadOutcome.Disqualified, LeadSource.Event, Segment.Smb),
        With(5, "t2", "r3", LeadOutcome.Converted, LeadSource.Referral, Segment.MidMarket),
        With(6, "t2", "r3", LeadOutcome.Nurture, LeadSource.Event, Segment.MidMarket),
        With(7, "t2", "r3", LeadOutcome.ClosedLost, LeadSource.Event, Segment.MidMarket),
        With(8, "t2", "r3", LeadOutcome.ClosedLost, LeadSource.Event, Segment.MidMarket),
        With(9, "t2", "r3", LeadOutcome.ClosedLost, LeadSource.PaidSearch, Segment.MidMarket),
        With(10, null, "r1", LeadOutcome.Converted, LeadSource.Referral, Segment.Enterprise, RoutingLevel.CustomerOwner),
        Recorded(Queued(11, "default-pool", null, Now.AddHours(-2)), LeadOutcome.Disqualified),
        With(12, "t1", "r1", LeadOutcome.Open, LeadSource.Referral, Segment.Smb),
        With(13, "t1", "r2", null, LeadSource.Referral, Segment.Smb),
        With(14, "t2", "r3", LeadOutcome.Converted, LeadSource.Referral, Segment.MidMarket) with { DecidedAt = Now.AddDays(-2) },
    ];

    [Fact]
    public void Measure_ClosedOutcomesOfTheWindow_OverallCounts()
    {
        var conversion = Measure(minOutcomes: 3).Conversion;

        Assert.Equal(new ConversionCounts(11, 4), conversion.Overall);
        Assert.Equal(4.0 / 11, conversion.Overall.Rate!.Value, 12);
        Assert.Equal(3, conversion.MinOutcomesPerGroup);
    }

    [Fact]
    public void Measure_ByTerritory_RatesFromTheirOutcomesAndTheSpreadAboveTheAlert()
    {
        var health = Measure(minOutcomes: 3);

        Assert.Equal(
            [("t1", "Territory t1", 4, 2, (double?)0.5), ("t2", "Territory t2", 5, 1, 0.2)],
            health.Conversion.ByTerritory.Select(r => (r.Id, r.Name, r.Counts.Outcomes, r.Counts.Converted, r.Rate)));
        Assert.Equal(0.3, health.Conversion.TerritorySpread!.Value, 12);
        Assert.True(health.ActualConversionSpreadAboveAlert);
    }

    [Fact]
    public void Measure_ByLevel_AQueueLeadAndAnAccountOwnersLeadBelowTheMinimumHaveNoRate()
    {
        var rows = Measure(minOutcomes: 3).Conversion.ByLevel;

        Assert.Equal(
            [(RoutingLevel.Territory, 9, 3, (double?)(3.0 / 9)), (RoutingLevel.CustomerOwner, 1, 1, null), (RoutingLevel.PriorityQueue, 1, 0, null)],
            rows.Select(r => (r.Level!.Value, r.Counts.Outcomes, r.Counts.Converted, r.Rate)));
    }

    [Fact]
    public void Measure_BySource_UnknownForTheDecisionStoredBeforeSources()
    {
        var rows = Measure(minOutcomes: 3).Conversion.BySource;

        Assert.Equal(
            [(LeadSource.Referral, 4, 3, (double?)0.75), (LeadSource.Event, 4, 0, 0.0), (LeadSource.PaidSearch, 2, 1, null), (LeadSource.Unknown, 1, 0, null)],
            rows.Select(r => (r.Source!.Value, r.Counts.Outcomes, r.Counts.Converted, r.Rate)));
    }

    [Fact]
    public void Measure_BySegment_NoneForTheDecisionStoredBeforeSegments()
    {
        var rows = Measure(minOutcomes: 3).Conversion.BySegment;

        Assert.Equal(
            [((Segment?)Segment.Enterprise, 3, 2, (double?)(2.0 / 3)), (Segment.MidMarket, 5, 1, 0.2), (Segment.Smb, 2, 1, null), (null, 1, 0, null)],
            rows.Select(r => (r.Segment, r.Counts.Outcomes, r.Counts.Converted, r.Rate)));
        Assert.All(rows, r => Assert.True(r.HasSegment));
    }

    [Fact]
    public void Measure_ByRep_BestFirstAndTheQueueLeadInNoRow()
    {
        var rows = Measure(minOutcomes: 3).Conversion.ByRep;

        Assert.Equal(
            [("r1", "Rep r1", 3, 3, (double?)1.0), ("r3", "Rep r3", 5, 1, 0.2), ("r2", "Rep r2", 2, 0, null)],
            rows.Select(r => (r.Id, r.Name, r.Counts.Outcomes, r.Counts.Converted, r.Rate)));
    }

    /// <summary>With the default minimum (20) no group of these has enough outcomes: counts, but no rate and no spread.</summary>
    [Fact]
    public void Measure_DefaultMinimum_GroupsCountedButNotRatedAndNoSpread()
    {
        var health = RoutingHealthMeter.Measure(Live(Decisions), ReferenceSnapshot.Build(Dataset.Empty), Now, Day);

        Assert.Equal(20, health.Conversion.MinOutcomesPerGroup);
        Assert.Equal(4.0 / 11, health.Conversion.Overall.Rate!.Value, 12);
        Assert.All(health.Conversion.ByTerritory.Concat(health.Conversion.ByRep).Concat(health.Conversion.ByLevel), r => Assert.Null(r.Rate));
        Assert.Null(health.Conversion.TerritorySpread);
        Assert.False(health.ActualConversionSpreadAboveAlert);
    }

    /// <summary>The alert is "above" 20 points: exactly 20 is not; a territory too small to rate is out of the spread however far off.</summary>
    [Fact]
    public void Measure_SpreadOfExactlyTheAlert_NotAboveAndUnratedTerritoriesLeftOut()
    {
        CommittedDecision[] decisions =
        [
            With(1, "t1", "r1", LeadOutcome.Converted, LeadSource.Chat, Segment.Smb),
            With(2, "t1", "r1", LeadOutcome.Converted, LeadSource.Chat, Segment.Smb),
            With(3, "t1", "r1", LeadOutcome.ClosedLost, LeadSource.Chat, Segment.Smb),
            With(4, "t1", "r1", LeadOutcome.ClosedLost, LeadSource.Chat, Segment.Smb),
            With(5, "t1", "r1", LeadOutcome.ClosedLost, LeadSource.Chat, Segment.Smb),
            With(6, "t2", "r2", LeadOutcome.Converted, LeadSource.Chat, Segment.Smb),
            With(7, "t2", "r2", LeadOutcome.ClosedLost, LeadSource.Chat, Segment.Smb),
            With(8, "t2", "r2", LeadOutcome.ClosedLost, LeadSource.Chat, Segment.Smb),
            With(9, "t2", "r2", LeadOutcome.ClosedLost, LeadSource.Chat, Segment.Smb),
            With(10, "t2", "r2", LeadOutcome.ClosedLost, LeadSource.Chat, Segment.Smb),
            With(11, "t3", "r3", LeadOutcome.Converted, LeadSource.Chat, Segment.Smb),
        ];

        var health = Measure(minOutcomes: 5, decisions);

        // t1 2 of 5 (40 %), t2 1 of 5 (20 %): 20 points; t3's 1 of 1 has no rate.
        Assert.Equal(0.2, health.Conversion.TerritorySpread!.Value, 12);
        Assert.False(health.ActualConversionSpreadAboveAlert);
        Assert.Null(health.Conversion.ByTerritory.Single(r => r.Id == "t3").Rate);
    }

    [Fact]
    public void Measure_NoOutcomeRecorded_NothingCountedAndNoRate()
    {
        var health = Measure(minOutcomes: 1, [With(1, "t1", "r1", null, LeadSource.Chat, Segment.Smb)]);

        Assert.Equal(1, health.Decisions);
        Assert.Equal(new ConversionCounts(0, 0), health.Conversion.Overall);
        Assert.Null(health.Conversion.Overall.Rate);
        Assert.Empty(health.Conversion.ByTerritory);
        Assert.Empty(health.Conversion.BySource);
    }

    private static RoutingHealth Measure(int minOutcomes, CommittedDecision[]? decisions = null)
    {
        var policy = RoutingPolicy.Default with { Health = RoutingPolicy.Default.Health with { MinOutcomesPerGroup = minOutcomes } };
        return RoutingHealthMeter.Measure(Live(decisions ?? Decisions), ReferenceSnapshot.Build(Dataset.Empty with { Policy = policy }), Now, Day);
    }

    private static CommittedDecision With(
        long sequence, string? territory, string repId, LeadOutcome? outcome, LeadSource source, Segment segment, RoutingLevel level = RoutingLevel.Territory)
    {
        var committed = Decided(sequence, Assignee.ForRep(repId, $"Rep {repId}"), null, Now.AddHours(-3));
        var decision = committed.Decision with
        {
            Level = level, TerritoryId = territory, TerritoryName = territory is null ? null : $"Territory {territory}", Source = source, Segment = segment,
        };
        return Recorded(committed with { Decision = decision }, outcome);
    }

    private static CommittedDecision Recorded(CommittedDecision decision, LeadOutcome? outcome) =>
        outcome is { } value ? decision with { Outcome = new RecordedOutcome(value, Now.AddHours(-1), Now.AddHours(-1)) } : decision;
}
