using System.CommandLine;
using System.Globalization;
using RoutingRules.Server.Cli;
using Proto = RoutingRules.V1;

namespace RoutingRules.Server.Routing.Cli;

/// <summary>
/// <c>health [--days N] [--server URL] [--token T]</c>: the routing health of a running server:
/// the figures of DOMAIN.md §7 over the window's decisions against the policy's targets and
/// alerts (with why leads matched no territory), the time to assign since the server started, SLA compliance, real conversion from the
/// recorded outcomes, and the queues.
/// </summary>
internal static class HealthCommand
{
    // Rows of each SLA breakdown the printer shows, worst first; the response has them all.
    private const int WorstShown = 3;

    // Rated rows of each conversion breakdown the printer shows at each end (best, then worst); the response has them all.
    private const int EndsShown = 3;

    public static Command Create()
    {
        var days = CliOptions.WholeNumber("--days", "Window in days back from now, 1..3650 (default 30).");
        var server = CliOptions.Server();
        var token = CliOptions.Token(CliOptions.RoutingTokenVariable);
        var command = new Command("health", "Show routing health: unmatched share, assignment success, reassignments, fairness, territory balance, time to assign, SLA compliance, conversion, queue alerts.") { days, server, token };
        command.SetAction((result, cancellationToken) =>
        {
            var request = new Proto.GetRoutingHealthRequest();
            if (result.GetValue(days) is { } n)
            {
                request.WindowDays = n;
            }

            return RunAsync(result.GetValue(server)!, result.GetValue(token), request, cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(Uri server, string? token, Proto.GetRoutingHealthRequest request, CancellationToken cancellationToken)
    {
        using var client = RoutingClient.Create(server, token);
        return await CliErrors.CallAsync(server, async () =>
        {
            var response = await client.GetRoutingHealthAsync(request, cancellationToken).ConfigureAwait(false);
            Print(response, Console.Out);
            return 0;
        }).ConfigureAwait(false);
    }

    internal static void Print(Proto.GetRoutingHealthResponse r, TextWriter output)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine($"routing health from {Time(r.WindowStart)} to {Time(r.WindowEnd)} UTC");
        output.WriteLine($"  decisions        {r.Decisions}");
        output.WriteLine(string.Create(c, $"  unmatched        {r.Unmatched} ({r.UnmatchedShare * 100:0.0}%; alert above {r.UnmatchedShareAlert * 100:0.0}%)")
            + (r.UnmatchedAboveAlert ? "  ALERT: the territory design needs rework" : string.Empty));
        PrintUnmatched(r, output);
        output.WriteLine(string.Create(c, $"  to a rep         {r.AssignedWithoutReview} without review ({r.AssignmentSuccessRate * 100:0.0}%; target {r.AssignmentSuccessTarget * 100:0.0}%)")
            + (r.AssignmentSuccessBelowTarget ? "  BELOW TARGET" : string.Empty));
        output.WriteLine(string.Create(c, $"  reassigned       {r.Reassigned} ({r.ReassignmentRate * 100:0.0}%; alert above {r.ReassignmentRateAlert * 100:0.0}%), {r.Escalated} by SLA escalation, {r.ManuallyReassigned} by hand")
            + (r.ReassignmentAboveAlert ? "  ALERT" : string.Empty));
        // A queue lead a rep took by hand is an assignment after manual review, not a reassignment.
        output.WriteLine($"  by hand          {r.ManuallyAssigned} manual {(r.ManuallyAssigned == 1 ? "assignment" : "assignments")}, {r.ManuallyAssigned - r.ManuallyReassigned} of them from a queue");
        output.WriteLine(string.Create(c, $"  fairness (Gini)  {r.FairnessGini:0.00} over {r.FairnessReps} {(r.FairnessReps == 1 ? "rep" : "reps")} (alert above {r.FairnessGiniAlert:0.00})")
            + (r.FairnessAboveAlert ? "  ALERT: the distribution is uneven" : string.Empty));
        output.WriteLine(string.Create(c, $"  territories      spread {r.TerritoryVolumeSpread * 100:0}% of the mean (alert above {r.TerritoryVolumeSpreadAlert * 100:0}%), busiest/quietest {r.TerritoryVolumeRatio:0.0}x (alert above {r.TerritoryVolumeRatioAlert:0.0}x)")
            + (r.TerritoriesUnbalanced ? "  ALERT: the territory design needs a review" : string.Empty));
        foreach (var territory in r.Territories)
        {
            var conversion = territory.HasConversionRate ? string.Create(c, $", conversion {territory.ConversionRate * 100:0}% expected") : string.Empty;
            output.WriteLine($"    {territory.Name,-28} {territory.Leads} {(territory.Leads == 1 ? "lead" : "leads")}{conversion}");
        }

        output.WriteLine(string.Create(c, $"  conversion       spread {r.TerritoryConversionSpread * 100:0} points between territories (alert above {r.TerritoryConversionSpreadAlert * 100:0}), from the receiving reps' rates")
            + (r.TerritoryConversionSpreadAboveAlert ? "  ALERT: the territory design needs a review" : string.Empty));

        output.WriteLine(TimeToAssign(r));
        PrintSla(r, output);
        PrintConversion(r, output);
        output.WriteLine("  queues");
        foreach (var queue in r.Queues)
        {
            output.WriteLine($"    {queue.Queue,-28} {Describe(queue)}");
        }
    }

    // Why leads matched no territory: the reasons, the countries no territory lists, the industries (the server sends each most first).
    private static void PrintUnmatched(Proto.GetRoutingHealthResponse r, TextWriter output)
    {
        if (r.UnmatchedByReason.Count == 0)
        {
            return;
        }

        output.WriteLine($"    reasons    {string.Join(", ", r.UnmatchedByReason.Select(row => $"{row.Count} {Reason(row.Reason)}"))}");
        if (r.UnmatchedUncoveredCountries.Count > 0)
        {
            output.WriteLine($"    countries  {Listed(r.UnmatchedUncoveredCountries, r.UnmatchedUncoveredCountryCount, _ => string.Empty)}: no territory lists them");
        }

        if (r.UnmatchedIndustries.Count > 0)
        {
            output.WriteLine($"    industries {Listed(r.UnmatchedIndustries, r.UnmatchedIndustryCount, row => row.Uncovered > 0 ? $" ({row.Uncovered} new)" : string.Empty)}");
        }
    }

    // The seeds' words for a monthly review: missing data, new industries, new geographies.
    private static string Reason(Proto.UnmatchedReason reason) => reason switch
    {
        Proto.UnmatchedReason.MissingData => "missing data",
        Proto.UnmatchedReason.UncoveredCountry => "new country",
        Proto.UnmatchedReason.UncoveredArea => "uncovered area",
        Proto.UnmatchedReason.UncoveredIndustry => "new industry",
        Proto.UnmatchedReason.UncoveredSegment => "uncovered size",
        _ => "unknown (routed before reasons were kept)",
    };

    private static string Listed(IEnumerable<Proto.UnmatchedValue> rows, int total, Func<Proto.UnmatchedValue, string> note)
    {
        var listed = rows.Select(row => $"{row.Value} {row.Unmatched}{note(row)}").ToList();
        return string.Join(", ", listed) + (total > listed.Count ? $" and {total - listed.Count} more" : string.Empty);
    }

    // Overall, then the few reps, territories and treatments that missed most (the server sends them worst first).
    private static void PrintSla(Proto.GetRoutingHealthResponse r, TextWriter output)
    {
        var c = CultureInfo.InvariantCulture;
        var escalated = r.Escalated > 0 ? $" ({r.Escalated} by SLA escalation)" : string.Empty;
        var rate = r.HasSlaComplianceRate ? string.Create(c, $"{r.SlaComplianceRate * 100:0.0}% met") : "none due yet";
        output.WriteLine(string.Create(c, $"  respond by       {r.SlaMet} met, {r.SlaMissed} missed{escalated}, {r.SlaPending} not yet due: {rate} (target {r.SlaComplianceTarget * 100:0.0}%)")
            + (r.SlaComplianceBelowTarget ? "  BELOW TARGET" : string.Empty));
        output.WriteLine(r.TimeToAcknowledgeCount == 0
            ? "  acknowledged     no lead acknowledged"
            : $"  acknowledged     median {Elapsed(r.TimeToAcknowledgeMedian)}, 90% within {Elapsed(r.TimeToAcknowledgeP90)}, "
                + $"over {r.TimeToAcknowledgeCount} {(r.TimeToAcknowledgeCount == 1 ? "lead" : "leads")}");
        var breakdowns = new (string Kind, IEnumerable<Proto.SlaCompliance> Rows, Func<Proto.SlaCompliance, string> Label)[]
        {
            ("rep", r.SlaByRep, row => $"{row.Name} ({row.Id})"),
            ("territory", r.SlaByTerritory, row => row.Name),
            ("treatment", r.SlaByTreatment, row => DecisionPrinter.Words(row.Treatment.ToString())),
        };
        foreach (var (kind, rows, labelOf) in breakdowns)
        {
            foreach (var row in rows.Where(row => row.Missed > 0).Take(WorstShown))
            {
                var label = labelOf(row);
                output.WriteLine(string.Create(c, $"    {kind,-10} {label,-36} {row.Met} met, {row.Missed} missed ({row.ComplianceRate * 100:0.0}%)"));
            }
        }
    }

    // Overall, the territories' real spread, then each breakdown's best and worst rated rows (the server sends them best first).
    private static void PrintConversion(Proto.GetRoutingHealthResponse r, TextWriter output)
    {
        var c = CultureInfo.InvariantCulture;
        if (r.DecisionsWithOutcome == 0)
        {
            output.WriteLine("  outcomes         none recorded for the window's decisions (routingrules outcome)");
            return;
        }

        output.WriteLine(string.Create(c, $"  outcomes         {r.DecisionsWithOutcome} of {r.Decisions} {(r.Decisions == 1 ? "decision" : "decisions")}: {r.Converted} converted ({r.ConversionRate * 100:0.0}%)"));
        output.WriteLine(r.HasActualTerritoryConversionSpread
            ? string.Create(c, $"  conversion       spread {r.ActualTerritoryConversionSpread * 100:0} points between territories (alert above {r.TerritoryConversionSpreadAlert * 100:0}), from recorded outcomes")
                + (r.ActualTerritoryConversionSpreadAboveAlert ? "  ALERT: the territory design needs a review" : string.Empty)
            : "  conversion       no spread from recorded outcomes: fewer than two territories with enough of them to rate");
        var breakdowns = new (string Kind, IEnumerable<Proto.LeadConversion> Rows, Func<Proto.LeadConversion, string> Label)[]
        {
            ("territory", r.ConversionByTerritory, row => row.Name),
            ("level", r.ConversionByLevel, row => DecisionPrinter.Words(row.Level.ToString())),
            ("source", r.ConversionBySource, row => row.Source == Proto.LeadSource.Unspecified ? "unknown" : DecisionPrinter.Words(row.Source.ToString())),
            ("segment", r.ConversionBySegment, row => row.Segment == Proto.Segment.Unspecified ? "unknown" : DecisionPrinter.Words(row.Segment.ToString())),
            ("rep", r.ConversionByRep, row => $"{row.Name} ({row.Id})"),
        };
        foreach (var (kind, rows, labelOf) in breakdowns)
        {
            var rated = rows.Where(row => row.HasConversionRate).ToList();
            var shown = rated.Count <= 2 * EndsShown ? rated : [.. rated.Take(EndsShown), .. rated.TakeLast(EndsShown)];
            for (var i = 0; i < shown.Count; i++)
            {
                if (i == EndsShown && rated.Count > shown.Count)
                {
                    output.WriteLine($"    {kind,-10} ... {rated.Count - shown.Count} more");
                }

                var row = shown[i];
                output.WriteLine($"    {kind,-10} {labelOf(row),-36} {Converted(row.Converted, row.Outcomes, row.ConversionRate)}");
            }

            var unrated = rows.Count() - rated.Count;
            if (unrated > 0)
            {
                output.WriteLine($"    {kind,-10} {unrated} more with too few outcomes to rate");
            }
        }
    }

    private static string Converted(int converted, int outcomes, double rate) =>
        string.Create(CultureInfo.InvariantCulture, $"{converted} converted of {outcomes} ({rate * 100:0.0}%)");

    // Since the server started, not over the window: the server keeps these in memory only.
    private static string TimeToAssign(Proto.GetRoutingHealthResponse r)
    {
        var target = Span(r.TimeToAssignTarget);
        if (r.TimeToAssignCount == 0)
        {
            return $"  time to assign   no lead assigned since the server started (target: 99% under {target})";
        }

        return $"  time to assign   median {Span(r.TimeToAssignMedian)}, 99% under {Span(r.TimeToAssignP99)}, longest {Span(r.TimeToAssignMax)} "
            + $"over {r.TimeToAssignCount} {(r.TimeToAssignCount == 1 ? "lead" : "leads")} since the server started (target: 99% under {target})"
            + (r.TimeToAssignAboveTarget ? "  ABOVE TARGET" : string.Empty);
    }

    private static string Span(Google.Protobuf.WellKnownTypes.Duration? duration)
    {
        var value = duration?.ToTimeSpan() ?? TimeSpan.Zero;
        return value.TotalSeconds >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{value.TotalSeconds:0.##} s")
            : string.Create(CultureInfo.InvariantCulture, $"{value.TotalMilliseconds:0.###} ms");
    }

    // Minutes to days: a demo request is due in 15 minutes, a content download in 5 business days.
    private static string Elapsed(Google.Protobuf.WellKnownTypes.Duration duration)
    {
        var value = duration.ToTimeSpan();
        return value.TotalMinutes < 1 ? string.Create(CultureInfo.InvariantCulture, $"{value.TotalSeconds:0} s")
            : value.TotalHours < 2 ? string.Create(CultureInfo.InvariantCulture, $"{value.TotalMinutes:0.#} min")
            : value.TotalDays < 2 ? string.Create(CultureInfo.InvariantCulture, $"{value.TotalHours:0.#} h")
            : string.Create(CultureInfo.InvariantCulture, $"{value.TotalDays:0.#} days");
    }

    internal static string Describe(Proto.QueueStatus status) =>
        $"{status.Length} waiting (alert above {status.AlertThreshold})" + (status.AboveAlertThreshold ? "  CAPACITY ALERT" : string.Empty);

    private static string Time(Google.Protobuf.WellKnownTypes.Timestamp t) =>
        t.ToDateTimeOffset().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
