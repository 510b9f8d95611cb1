using Google.Protobuf.WellKnownTypes;
using RoutingRules.Domain.Routing;
using RoutingRules.Domain.Routing.Health;
using RoutingRules.Domain.Validation;
using RoutingRules.Grpc;
using RoutingRules.Server.Mapping;
using Proto = RoutingRules.V1;

namespace RoutingRules.Server.Routing;

/// <summary>
/// <c>LeadRouter/ListQueue</c> and <c>LeadRouter/GetRoutingHealth</c>: read the in-memory live
/// state under the assignment gate (no SQL), so they see every decision routed so far, including
/// one still being committed.
/// </summary>
internal sealed class QueueHealthService(LeadRoutingHost host, TimeProvider time)
{
    /// <summary>The longest window a health or rule-usage request may ask for, in days.</summary>
    internal const int MaxWindowDays = 3650;

    public Task<Proto.ListQueueResponse> ListQueueAsync(Proto.ListQueueRequest request, ServerCallContext context)
    {
        var errors = new List<(string Field, string Description)>();
        if (string.IsNullOrWhiteSpace(request.Queue))
        {
            errors.Add(("queue", "is required"));
        }
        else if (request.Queue.Length > TextLimits.MaxText)
        {
            errors.Add(("queue", TextLimits.TooLong(TextLimits.MaxText, request.Queue.Length)));
        }

        if (request.HasLimit && request.Limit is < 1 or > QueueListing.MaxLimit)
        {
            errors.Add(("limit", $"must be between 1 and {QueueListing.MaxLimit}"));
        }

        if (errors.Count > 0)
        {
            throw GrpcStatusException.InvalidArgument($"The queue request is not valid: {errors[0].Field} {errors[0].Description}.", [.. errors]);
        }

        var snapshots = Snapshots();
        var waiting = host.Assignments.ReadState(live => live.WaitingIn(request.Queue).ToArray());
        var listing = QueueListing.Rank(request.Queue, waiting, snapshots.Current.Policy.Queues, request.HasLimit ? request.Limit : QueueListing.DefaultLimit);
        var response = new Proto.ListQueueResponse { Queue = request.Queue, Status = ToProto(listing.Status) };
        foreach (var lead in listing.Leads)
        {
            var d = lead.Decision;
            var entry = new Proto.QueuedLead
            {
                LeadId = lead.LeadId,
                DecisionId = lead.DecisionId,
                DecidedAt = Timestamp.FromDateTimeOffset(lead.DecidedAt),
                Level = DecisionMapping.ToProto(d.Level),
                Treatment = DecisionMapping.ToProto(d.Treatment),
                Priority = DecisionMapping.ToProto(d.Priority),
            };
            if (d.LeadScore is { } score)
            {
                entry.Score = score;
            }

            if (lead.AcknowledgedAt is { } taken)
            {
                entry.AcknowledgedAt = Timestamp.FromDateTimeOffset(taken);
            }

            response.Leads.Add(entry);
        }

        return Task.FromResult(response);
    }

    public Task<Proto.GetRoutingHealthResponse> GetRoutingHealthAsync(Proto.GetRoutingHealthRequest request, ServerCallContext context)
    {
        if (request.HasWindowDays && request.WindowDays is < 1 or > MaxWindowDays)
        {
            throw GrpcStatusException.InvalidArgument(
                $"The window is not valid: {request.WindowDays} days.", ("window_days", $"must be between 1 and {MaxWindowDays}"));
        }

        var snapshots = Snapshots();
        var window = request.HasWindowDays ? TimeSpan.FromDays(request.WindowDays) : RoutingHealthMeter.DefaultWindow;
        var now = time.GetUtcNow();
        var snapshot = snapshots.Current;
        // Only the copy holds routing up; the counting (and any read of the log) runs outside the gate.
        var reading = host.Assignments.ReadHealth(snapshot, now, window);
        var health = RoutingHealthMeter.Measure(reading, snapshot, now, window) with { TimeToAssign = host.Assignments.TimeToAssign.Summarize() };
        var response = new Proto.GetRoutingHealthResponse
        {
            WindowStart = Timestamp.FromDateTimeOffset(health.From),
            WindowEnd = Timestamp.FromDateTimeOffset(health.To),
            Decisions = health.Decisions,
            Unmatched = health.Unmatched,
            UnmatchedShare = health.UnmatchedShare,
            UnmatchedShareAlert = health.UnmatchedShareAlert,
            UnmatchedAboveAlert = health.UnmatchedAboveAlert,
            AssignedWithoutReview = health.AssignedWithoutReview,
            AssignmentSuccessRate = health.AssignmentSuccessRate,
            AssignmentSuccessTarget = health.Targets.AssignmentSuccessTarget,
            AssignmentSuccessBelowTarget = health.AssignmentSuccessBelowTarget,
            Reassigned = health.Reassigned,
            Escalated = health.Escalated,
            ManuallyAssigned = health.ManuallyAssigned,
            ManuallyReassigned = health.ManuallyReassigned,
            TimeToAssignCount = health.TimeToAssign.Count,
            TimeToAssignMedian = Duration.FromTimeSpan(health.TimeToAssign.Median),
            TimeToAssignP99 = Duration.FromTimeSpan(health.TimeToAssign.P99),
            TimeToAssignMax = Duration.FromTimeSpan(health.TimeToAssign.Max),
            TimeToAssignTarget = Duration.FromTimeSpan(health.Targets.TimeToAssignTarget),
            TimeToAssignAboveTarget = health.TimeToAssignAboveTarget,
            ReassignmentRate = health.ReassignmentRate,
            ReassignmentRateAlert = health.Targets.ReassignmentRateAlert,
            ReassignmentAboveAlert = health.ReassignmentAboveAlert,
            FairnessGini = health.Balance.Gini,
            FairnessReps = health.Balance.Reps,
            FairnessGiniAlert = health.Targets.FairnessGiniAlert,
            FairnessAboveAlert = health.FairnessAboveAlert,
            TerritoryVolumeSpread = health.Balance.VolumeSpread,
            TerritoryVolumeRatio = health.Balance.VolumeRatio,
            TerritoryVolumeSpreadAlert = health.Targets.TerritoryVolumeSpreadAlert,
            TerritoryVolumeRatioAlert = health.Targets.TerritoryVolumeRatioAlert,
            TerritoryConversionSpread = health.Balance.ConversionSpread,
            TerritoryConversionSpreadAlert = health.Targets.TerritoryConversionSpreadAlert,
            TerritoryConversionSpreadAboveAlert = health.ConversionSpreadAboveAlert,
            TerritoriesUnbalanced = health.TerritoriesUnbalanced,
            SlaMet = health.Sla.Overall.Met,
            SlaMissed = health.Sla.Overall.Missed,
            SlaPending = health.Sla.Overall.Pending,
            SlaComplianceTarget = health.Targets.SlaComplianceTarget,
            SlaComplianceBelowTarget = health.SlaComplianceBelowTarget,
            TimeToAcknowledgeCount = health.Sla.Acknowledged,
            DecisionsWithOutcome = health.Conversion.Overall.Outcomes,
            Converted = health.Conversion.Overall.Converted,
            ActualTerritoryConversionSpreadAboveAlert = health.ActualConversionSpreadAboveAlert,
            UnmatchedUncoveredCountryCount = health.UnmatchedBreakdown.UncoveredCountryCount,
            UnmatchedIndustryCount = health.UnmatchedBreakdown.IndustryCount,
        };
        if (health.Sla.Overall.ComplianceRate is { } rate)
        {
            response.SlaComplianceRate = rate;
        }

        if (health.Sla.Acknowledged > 0)
        {
            response.TimeToAcknowledgeMedian = Duration.FromTimeSpan(health.Sla.AcknowledgeMedian);
            response.TimeToAcknowledgeP90 = Duration.FromTimeSpan(health.Sla.AcknowledgeP90);
        }

        if (health.Conversion.Overall.Rate is { } conversion)
        {
            response.ConversionRate = conversion;
        }

        if (health.Conversion.TerritorySpread is { } spread)
        {
            response.ActualTerritoryConversionSpread = spread;
        }

        response.Queues.Add(health.Queues.Select(ToProto));
        response.Territories.Add(health.Balance.Territories.Select(TerritoryVolume));
        response.SlaByRep.Add(health.Sla.ByRep.Select(SlaCompliance));
        response.SlaByTerritory.Add(health.Sla.ByTerritory.Select(SlaCompliance));
        response.SlaByTreatment.Add(health.Sla.ByTreatment.Select(SlaCompliance));
        response.ConversionByTerritory.Add(health.Conversion.ByTerritory.Select(LeadConversion));
        response.ConversionByLevel.Add(health.Conversion.ByLevel.Select(LeadConversion));
        response.ConversionBySource.Add(health.Conversion.BySource.Select(LeadConversion));
        response.ConversionBySegment.Add(health.Conversion.BySegment.Select(LeadConversion));
        response.ConversionByRep.Add(health.Conversion.ByRep.Select(LeadConversion));
        response.UnmatchedByReason.Add(health.UnmatchedBreakdown.ByReason.Select(r => new Proto.UnmatchedReasonCount { Reason = DecisionMapping.ToProto(r.Reason), Count = r.Count }));
        response.UnmatchedUncoveredCountries.Add(health.UnmatchedBreakdown.UncoveredCountries.Select(UnmatchedValue));
        response.UnmatchedIndustries.Add(health.UnmatchedBreakdown.Industries.Select(UnmatchedValue));
        return Task.FromResult(response);
    }

    private Domain.Snapshot.ISnapshotSource Snapshots() =>
        host.Snapshots ?? throw new GrpcStatusException(StatusCode.Unavailable, "Routing is starting; retry shortly.");

    private static Proto.TerritoryVolume TerritoryVolume(TerritoryVolume volume)
    {
        var proto = new Proto.TerritoryVolume { TerritoryId = volume.TerritoryId, Name = volume.Name, Leads = volume.Leads };
        if (volume.ConversionRate is { } rate)
        {
            proto.ConversionRate = rate;
        }

        return proto;
    }

    private static Proto.SlaCompliance SlaCompliance(SlaComplianceRow row)
    {
        var proto = new Proto.SlaCompliance
        {
            Id = row.Id, Name = row.Name, Met = row.Counts.Met, Missed = row.Counts.Missed, Pending = row.Counts.Pending,
            Treatment = row.Treatment is { } treatment ? DecisionMapping.ToProto(treatment) : Proto.Treatment.Unspecified,
        };
        if (row.Counts.ComplianceRate is { } rate)
        {
            proto.ComplianceRate = rate;
        }

        return proto;
    }

    private static Proto.LeadConversion LeadConversion(ConversionRow row)
    {
        var proto = new Proto.LeadConversion
        {
            Id = row.Id, Name = row.Name, Outcomes = row.Counts.Outcomes, Converted = row.Counts.Converted,
            Level = row.Level is { } level ? DecisionMapping.ToProto(level) : Proto.RoutingLevel.Unspecified,
            Source = row.Source is { } source ? LeadMapping.ToProto(source) : Proto.LeadSource.Unspecified,
            Segment = row.Segment is { } segment ? EnumMapping.ToProto<Domain.Model.Segment, Proto.Segment>(segment) : Proto.Segment.Unspecified,
        };
        if (row.Rate is { } rate)
        {
            proto.ConversionRate = rate;
        }

        return proto;
    }

    private static Proto.UnmatchedValue UnmatchedValue(UnmatchedValueCount row) =>
        new() { Value = row.Value, Unmatched = row.Unmatched, Uncovered = row.Uncovered };

    private static Proto.QueueStatus ToProto(QueueStatus status) => new()
    {
        Queue = status.Queue,
        Length = status.Length,
        AlertThreshold = status.AlertThreshold,
        AboveAlertThreshold = status.AboveAlertThreshold,
    };
}
