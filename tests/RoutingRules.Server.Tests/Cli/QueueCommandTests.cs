using Google.Protobuf.WellKnownTypes;
using RoutingRules.Server.Hosting;
using RoutingRules.Server.Routing.Cli;
using RoutingRules.Server.Tests.Routing;
using Proto = RoutingRules.V1;

namespace RoutingRules.Server.Tests.Cli;

/// <summary><c>routingrules queue</c> and <c>routingrules health</c> against the demo server.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class QueueCommandTests
{
    [Fact]
    public async Task Queue_DefaultPool_PrintsLeadsInRankOrder()
    {
        await using var server = await TestServer.StartAsync(loadDemo: true);
        await QueueHealthServiceTests.RouteOverseasAsync(server, ("cli-low", 15), ("cli-unscored", null), ("cli-high", 85));

        var (code, output, _) = await RunAsync("queue", "default-pool", "--server", server.Address.ToString());

        Assert.Equal(0, code);
        Assert.Contains("queue default-pool: 3 waiting (alert above 20)", output, StringComparison.Ordinal);
        var lines = output.Split('\n');
        var order = new[] { "cli-high", "cli-low", "cli-unscored" }.Select(id => Array.FindIndex(lines, l => l.Contains(id, StringComparison.Ordinal))).ToList();
        Assert.Equal(order.Order(), order);
        Assert.DoesNotContain(-1, order);
        Assert.Matches(@"\n\s+3\s+-\s", output);
    }

    [Fact]
    public async Task Queue_LimitOutOfRange_ExitTwoNamingLimit()
    {
        // Refused by the server, not the parser: still a usage error, as README.md's exit codes say.
        await using var server = await TestServer.StartAsync(loadDemo: true);

        var (code, _, errors) = await RunAsync("queue", "priority", "--limit", "5000", "--server", server.Address.ToString());

        Assert.Equal(2, code);
        Assert.Contains("InvalidArgument", errors, StringComparison.Ordinal);
        Assert.Contains("limit:", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_UnmatchedLeads_PrintsShareAlertAndQueues()
    {
        await using var server = await TestServer.StartAsync(loadDemo: true);
        await QueueHealthServiceTests.RouteOverseasAsync(server, ("cli-h1", 40));

        var (code, output, _) = await RunAsync("health", "--days", "7", "--server", server.Address.ToString());

        Assert.Equal(0, code);
        Assert.Contains("decisions        1", output, StringComparison.Ordinal);
        Assert.Contains("unmatched        1 (100.0%; alert above 10.0%)  ALERT", output, StringComparison.Ordinal);
        // Why: the lead came from Japan, which no demo territory lists; it gave no industry.
        Assert.Contains("ALERT: the territory design needs rework\n    reasons    1 new country\n    countries  JP 1: no territory lists them\n  to a rep", output.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("industries", output, StringComparison.Ordinal);
        Assert.Contains("reassigned       0 (0.0%; alert above 5.0%), 0 by SLA escalation, 0 by hand\n", output.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Matches(@"default-pool\s+1 waiting", output);
        Assert.Contains("to a rep         0 without review (0.0%; target 95.0%)  BELOW TARGET", output, StringComparison.Ordinal);
        Assert.Contains("reassigned       0 (0.0%; alert above 5.0%)", output, StringComparison.Ordinal);
        Assert.Contains("conversion       spread 0 points between territories (alert above 20), from the receiving reps' rates", output, StringComparison.Ordinal);
        Assert.Matches(@"time to assign   median [0-9.]+ ms, 99% under [0-9.]+ ms, longest [0-9.]+ ms over 1 lead since the server started \(target: 99% under 10 s\)\n", output.Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.Contains("respond by       0 met, 0 missed, 0 not yet due: none due yet (target 90.0%)\n", output.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("acknowledged     no lead acknowledged", output, StringComparison.Ordinal);
    }

    [Fact]
    public void HealthPrint_SlaCompliance_OverallThenTheWorstThreeWithAMissOfEachBreakdown()
    {
        var end = Timestamp.FromDateTimeOffset(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero));
        var health = new Proto.GetRoutingHealthResponse
        {
            WindowStart = end, WindowEnd = end, Escalated = 1, SlaMet = 6, SlaMissed = 3, SlaPending = 2, SlaComplianceRate = 6.0 / 9,
            SlaComplianceTarget = 0.9, SlaComplianceBelowTarget = true, TimeToAcknowledgeCount = 7,
            TimeToAcknowledgeMedian = Duration.FromTimeSpan(TimeSpan.FromMinutes(12.5)), TimeToAcknowledgeP90 = Duration.FromTimeSpan(TimeSpan.FromHours(30)),
            SlaByRep =
            {
                Row("r1", "Ann", 0, 1), Row("r2", "Bob", 1, 1), Row("r3", "Cyd", 2, 1), Row("r4", "Dee", 3, 1), Row("r5", "Eve", 1, 0),
            },
            SlaByTerritory = { Row("t1", "North", 2, 2), Row("t2", "South", 4, 0) },
            SlaByTreatment = { new Proto.SlaCompliance { Treatment = Proto.Treatment.SeniorAeImmediate, Met = 1, Missed = 2, ComplianceRate = 1.0 / 3 } },
        };
        var output = new StringWriter();

        HealthCommand.Print(health, output);

        var text = output.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.Contains("  respond by       6 met, 3 missed (1 by SLA escalation), 2 not yet due: 66.7% met (target 90.0%)  BELOW TARGET\n", text, StringComparison.Ordinal);
        Assert.Contains("  acknowledged     median 12.5 min, 90% within 30 h, over 7 leads\n", text, StringComparison.Ordinal);
        Assert.Contains("    rep        Ann (r1)                             0 met, 1 missed (0.0%)\n", text, StringComparison.Ordinal);
        Assert.Contains("    rep        Cyd (r3)                             2 met, 1 missed (66.7%)\n", text, StringComparison.Ordinal);
        Assert.Contains("    territory  North                                2 met, 2 missed (50.0%)\n", text, StringComparison.Ordinal);
        Assert.Contains("    treatment  senior ae immediate                  1 met, 2 missed (33.3%)\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Dee", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Eve", text, StringComparison.Ordinal);
        Assert.DoesNotContain("South", text, StringComparison.Ordinal);
    }

    [Fact]
    public void HealthPrint_Conversion_OverallSpreadAndEachBreakdownsBestAndWorstRatedRows()
    {
        var end = Timestamp.FromDateTimeOffset(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero));
        var health = new Proto.GetRoutingHealthResponse
        {
            WindowStart = end, WindowEnd = end, Decisions = 140, DecisionsWithOutcome = 120, Converted = 30, ConversionRate = 0.25,
            TerritoryConversionSpreadAlert = 0.2, ActualTerritoryConversionSpread = 0.3, ActualTerritoryConversionSpreadAboveAlert = true,
            ConversionByTerritory = { Group("t1", "North", 40, 16), Group("t2", "South", 50, 5), Group("t3", "Corse", 3, 0, rated: false) },
            ConversionByLevel = { new Proto.LeadConversion { Level = Proto.RoutingLevel.CustomerOwner, Outcomes = 20, Converted = 10, ConversionRate = 0.5 } },
            ConversionBySource = { new Proto.LeadConversion { Source = Proto.LeadSource.PaidSearch, Outcomes = 20, Converted = 2, ConversionRate = 0.1 } },
            ConversionBySegment = { new Proto.LeadConversion { Outcomes = 25, Converted = 5, ConversionRate = 0.2 } },
            ConversionByRep =
            {
                Group("r1", "Ann", 20, 15), Group("r2", "Bob", 20, 12), Group("r3", "Cyd", 20, 10), Group("r4", "Dee", 20, 8),
                Group("r5", "Eve", 20, 6), Group("r6", "Fay", 20, 4), Group("r7", "Gus", 20, 2), Group("r8", "Hal", 5, 5, rated: false),
            },
        };
        var output = new StringWriter();

        HealthCommand.Print(health, output);

        var text = output.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.Contains("  outcomes         120 of 140 decisions: 30 converted (25.0%)\n", text, StringComparison.Ordinal);
        Assert.Contains("  conversion       spread 30 points between territories (alert above 20), from recorded outcomes  ALERT: the territory design needs a review\n", text, StringComparison.Ordinal);
        Assert.Contains("    territory  North                                16 converted of 40 (40.0%)\n", text, StringComparison.Ordinal);
        Assert.Contains("    territory  South                                5 converted of 50 (10.0%)\n", text, StringComparison.Ordinal);
        Assert.Contains("    territory  1 more with too few outcomes to rate\n", text, StringComparison.Ordinal);
        Assert.Contains("    level      customer owner                       10 converted of 20 (50.0%)\n", text, StringComparison.Ordinal);
        Assert.Contains("    source     paid search                          2 converted of 20 (10.0%)\n", text, StringComparison.Ordinal);
        Assert.Contains("    segment    unknown                              5 converted of 25 (20.0%)\n", text, StringComparison.Ordinal);
        // Seven rated reps: the three best, a line for the one between, the three worst.
        Assert.Contains(
            "    rep        Ann (r1)                             15 converted of 20 (75.0%)\n    rep        Bob (r2)                             12 converted of 20 (60.0%)\n"
            + "    rep        Cyd (r3)                             10 converted of 20 (50.0%)\n    rep        ... 1 more\n"
            + "    rep        Eve (r5)                             6 converted of 20 (30.0%)\n",
            text, StringComparison.Ordinal);
        Assert.Contains("    rep        Gus (r7)                             2 converted of 20 (10.0%)\n    rep        1 more with too few outcomes to rate\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Dee", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Corse", text, StringComparison.Ordinal);
    }

    [Fact]
    public void HealthPrint_Unmatched_ReasonsMostFirstThenTheListedCountriesAndIndustriesAndHowManyMore()
    {
        var end = Timestamp.FromDateTimeOffset(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero));
        var health = new Proto.GetRoutingHealthResponse
        {
            WindowStart = end, WindowEnd = end, Decisions = 40, Unmatched = 14, UnmatchedShare = 0.35, UnmatchedShareAlert = 0.1, UnmatchedAboveAlert = true,
            UnmatchedByReason =
            {
                new Proto.UnmatchedReasonCount { Reason = Proto.UnmatchedReason.UncoveredCountry, Count = 8 },
                new Proto.UnmatchedReasonCount { Reason = Proto.UnmatchedReason.UncoveredIndustry, Count = 3 },
                new Proto.UnmatchedReasonCount { Reason = Proto.UnmatchedReason.Unspecified, Count = 2 },
                new Proto.UnmatchedReasonCount { Reason = Proto.UnmatchedReason.MissingData, Count = 1 },
            },
            UnmatchedUncoveredCountries = { Value("JP", 5, 5), Value("BR", 2, 2) },
            UnmatchedUncoveredCountryCount = 3,
            UnmatchedIndustries = { Value("retail", 4, 0), Value("mining", 3, 3) },
            UnmatchedIndustryCount = 2,
        };
        var output = new StringWriter();

        HealthCommand.Print(health, output);

        Assert.Contains(
            "  unmatched        14 (35.0%; alert above 10.0%)  ALERT: the territory design needs rework\n"
            + "    reasons    8 new country, 3 new industry, 2 unknown (routed before reasons were kept), 1 missing data\n"
            + "    countries  JP 5, BR 2 and 1 more: no territory lists them\n"
            + "    industries retail 4, mining 3 (3 new)\n"
            + "  to a rep ",
            output.ToString().Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void HealthPrint_NothingUnmatched_NoReasonLines()
    {
        var end = Timestamp.FromDateTimeOffset(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero));
        var output = new StringWriter();

        HealthCommand.Print(new Proto.GetRoutingHealthResponse { WindowStart = end, WindowEnd = end, Decisions = 3 }, output);

        Assert.Contains("  unmatched        0 (0.0%; alert above 0.0%)", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("    reasons", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("    countries", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void HealthPrint_NoOutcome_OneLineSayingSo()
    {
        var end = Timestamp.FromDateTimeOffset(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero));
        var output = new StringWriter();

        HealthCommand.Print(new Proto.GetRoutingHealthResponse { WindowStart = end, WindowEnd = end, Decisions = 3 }, output);

        Assert.Contains("  outcomes         none recorded for the window's decisions (routingrules outcome)", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("from recorded outcomes", output.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, "over 0 reps")]
    [InlineData(1, "over 1 rep (")]
    [InlineData(12, "over 12 reps")]
    public void HealthPrint_FairnessReps_CountsInWords(int reps, string expected)
    {
        var end = Timestamp.FromDateTimeOffset(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero));
        var health = new Proto.GetRoutingHealthResponse { WindowStart = end, WindowEnd = end, FairnessReps = reps, FairnessGiniAlert = 0.3 };
        var output = new StringWriter();

        HealthCommand.Print(health, output);

        Assert.Contains("fairness (Gini)  0.00 " + expected, output.ToString(), StringComparison.Ordinal);
    }

    private static Proto.UnmatchedValue Value(string value, int unmatched, int uncovered) => new() { Value = value, Unmatched = unmatched, Uncovered = uncovered };

    private static Proto.LeadConversion Group(string id, string name, int outcomes, int converted, bool rated = true)
    {
        var row = new Proto.LeadConversion { Id = id, Name = name, Outcomes = outcomes, Converted = converted };
        if (rated)
        {
            row.ConversionRate = (double)converted / outcomes;
        }

        return row;
    }

    private static Proto.SlaCompliance Row(string id, string name, int met, int missed) =>
        new() { Id = id, Name = name, Met = met, Missed = missed, ComplianceRate = (double)met / (met + missed) };

    private static Task<(int Code, string Output, string Errors)> RunAsync(params string[] args) => CliRunner.RunAsync(args);
}
