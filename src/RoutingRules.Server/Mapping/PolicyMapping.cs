using RoutingRules.Domain.Model;
using RoutingRules.Domain.Policy;
using Proto = RoutingRules.V1;

namespace RoutingRules.Server.Mapping;

/// <summary>
/// Routing policy from proto to domain. Every unset field keeps the domain default, so a client
/// only sends what it changes.
/// </summary>
internal static partial class PolicyMapping
{
    // Fields kept in the proto for wire compatibility but read by nothing: refused, so that nobody
    // sets one and believes it changes routing.
    private static void RefuseRetired(bool set, FieldErrors errors, string field, string instead)
    {
        if (set)
        {
            errors.Add(field, "is no longer used: " + instead);
        }
    }

    public static RoutingPolicy ToDomain(Proto.RoutingPolicy? p, FieldErrors errors, string path)
    {
        var d = RoutingPolicy.Default;
        if (p is null)
        {
            return d;
        }

        return new RoutingPolicy
        {
            Accounts = p.Accounts is { } a ? ToDomain(a, d.Accounts, errors, path + ".accounts") : d.Accounts,
            Matching = p.Matching is { } m ? ToDomain(m, d.Matching) : d.Matching,
            Territories = p.Territories is { } t ? ToDomain(t, d.Territories, errors, path + ".territories") : d.Territories,
            Capacity = p.Capacity is { } c ? ToDomain(c, d.Capacity, errors, path + ".capacity") : d.Capacity,
            Assignment = p.Assignment is { } s ? ToDomain(s, d.Assignment, errors, path + ".assignment") : d.Assignment,
            Queues = p.Queues is { } q ? ToDomain(q, d.Queues, errors, path + ".queues") : d.Queues,
            Sla = p.Sla is { } sla ? ToDomain(sla, d.Sla, errors, path + ".sla") : d.Sla,
            Health = p.Health is { } h ? ToDomain(h, d.Health, errors, path + ".health") : d.Health,
        };
    }

    private static AccountPolicy ToDomain(Proto.AccountPolicy a, AccountPolicy d, FieldErrors errors, string path) => new()
    {
        AmHandOffContractValue = a.HasAmHandOffContractValue
            ? ValueMapping.ToDecimal(a.AmHandOffContractValue, errors, path + ".am_hand_off_contract_value") ?? d.AmHandOffContractValue
            : d.AmHandOffContractValue,
        ChurnWinBackMonths = a.HasChurnWinBackMonths ? a.ChurnWinBackMonths : d.ChurnWinBackMonths,
        ChurnTreatAsNewMonths = a.HasChurnTreatAsNewMonths ? a.ChurnTreatAsNewMonths : d.ChurnTreatAsNewMonths,
        HighActivityLeadCount = a.HasHighActivityLeadCount ? a.HighActivityLeadCount : d.HighActivityLeadCount,
        HighActivityWindow = ValueMapping.ToTimeSpan(a.HighActivityWindow, d.HighActivityWindow, errors, path + ".high_activity_window"),
        EnterpriseEmployeeThreshold = a.HasEnterpriseEmployeeThreshold ? a.EnterpriseEmployeeThreshold : d.EnterpriseEmployeeThreshold,
        SubsidiaryRoutesToParent = a.HasSubsidiaryRoutesToParent ? a.SubsidiaryRoutesToParent : d.SubsidiaryRoutesToParent,
        AutoCreateAccountLeadCount = a.HasAutoCreateAccountLeadCount ? a.AutoCreateAccountLeadCount : d.AutoCreateAccountLeadCount,
        CompetitorHandling = EnumMapping.ToDomain(a.CompetitorHandling, d.CompetitorHandling, errors, path + ".competitor_handling"),
        ProspectOwnerRoutes = a.HasProspectOwnerRoutes ? a.ProspectOwnerRoutes : d.ProspectOwnerRoutes,
    };

    private static MatchingPolicy ToDomain(Proto.MatchingPolicy m, MatchingPolicy d) => new()
    {
        FuzzyMatchThreshold = m.HasFuzzyMatchThreshold ? m.FuzzyMatchThreshold : d.FuzzyMatchThreshold,
        FuzzyReviewThreshold = m.HasFuzzyReviewThreshold ? m.FuzzyReviewThreshold : d.FuzzyReviewThreshold,
        FreeMailDomains = m.FreeMailDomains.Count > 0 ? [.. m.FreeMailDomains] : d.FreeMailDomains,
        UseIpAddress = m.HasUseIpAddress ? m.UseIpAddress : d.UseIpAddress,
    };

    private static TerritoryPolicy ToDomain(Proto.TerritoryPolicy t, TerritoryPolicy d, FieldErrors errors, string path)
    {
        var dimensions = new List<RoutingDimension>(t.DimensionPriority.Count);
        for (var i = 0; i < t.DimensionPriority.Count; i++)
        {
            if (t.DimensionPriority[i] == Proto.RoutingDimension.Unspecified)
            {
                errors.Add($"{path}.dimension_priority[{i}]", "must name a dimension");
                continue;
            }

            dimensions.Add(EnumMapping.ToDomain(t.DimensionPriority[i], RoutingDimension.Vertical, errors, $"{path}.dimension_priority[{i}]"));
        }

        return new TerritoryPolicy
        {
            EnterpriseMinEmployees = t.HasEnterpriseMinEmployees ? t.EnterpriseMinEmployees : d.EnterpriseMinEmployees,
            MidMarketMinEmployees = t.HasMidMarketMinEmployees ? t.MidMarketMinEmployees : d.MidMarketMinEmployees,
            DefaultSegment = EnumMapping.ToDomain(t.DefaultSegment, d.DefaultSegment, errors, path + ".default_segment"),
            EnterpriseMinRevenue = t.HasEnterpriseMinRevenue
                ? ValueMapping.ToDecimal(t.EnterpriseMinRevenue, errors, path + ".enterprise_min_revenue")
                : d.EnterpriseMinRevenue,
            MidMarketMinRevenue = t.HasMidMarketMinRevenue
                ? ValueMapping.ToDecimal(t.MidMarketMinRevenue, errors, path + ".mid_market_min_revenue")
                : d.MidMarketMinRevenue,
            OverlapResolution = EnumMapping.ToDomain(t.OverlapResolution, d.OverlapResolution, errors, path + ".overlap_resolution"),
            DimensionPriority = t.DimensionPriority.Count > 0 ? dimensions : d.DimensionPriority,
            TimeZoneAcceptableOffset = ValueMapping.ToTimeSpan(t.TimeZoneAcceptableOffset, d.TimeZoneAcceptableOffset, errors, path + ".time_zone_acceptable_offset"),
            TimeZoneBackupOffset = ValueMapping.ToTimeSpan(t.TimeZoneBackupOffset, d.TimeZoneBackupOffset, errors, path + ".time_zone_backup_offset"),
            BusinessHoursStart = ValueMapping.ToTimeSpan(t.BusinessHoursStart, d.BusinessHoursStart, errors, path + ".business_hours_start"),
            BusinessHoursEnd = ValueMapping.ToTimeSpan(t.BusinessHoursEnd, d.BusinessHoursEnd, errors, path + ".business_hours_end"),
            DefaultLanguage = t.HasDefaultLanguage ? t.DefaultLanguage : d.DefaultLanguage,
            UnmatchedShareAlert = t.HasUnmatchedShareAlert ? t.UnmatchedShareAlert : d.UnmatchedShareAlert,
            NearestTerritories = t.NearestTerritories.ToDictionary(StringComparer.Ordinal),
            Holidays = t.Holidays.Count > 0 ? ToDomain(t.Holidays, errors, path + ".holidays") : d.Holidays,
            FillFromMatchedAccount = t.HasFillFromMatchedAccount ? t.FillFromMatchedAccount : d.FillFromMatchedAccount,
        };
    }

    private static List<Holiday> ToDomain(IReadOnlyList<Proto.Holiday> holidays, FieldErrors errors, string path)
    {
        var list = new List<Holiday>(holidays.Count);
        for (var i = 0; i < holidays.Count; i++)
        {
            // A date the mapping refuses is named here; the validator checks the rest (countries, how many, how long closed).
            list.Add(new Holiday
            {
                Date = ValueMapping.ToDate(holidays[i].Date, errors, $"{path}[{i}].date") ?? default,
                Countries = [.. holidays[i].Countries],
            });
        }

        return list;
    }

    private static CapacityPolicy ToDomain(Proto.CapacityPolicy c, CapacityPolicy d, FieldErrors errors, string path)
    {
        var w = c.WorkloadWeights ?? new Proto.WorkloadWeights();
        var s = c.RepScoreWeights ?? new Proto.RepScoreWeights();
        return new CapacityPolicy
        {
            OpenLeadsCap = c.HasOpenLeadsCap ? c.OpenLeadsCap : d.OpenLeadsCap,
            OverdueFollowUpsCap = c.HasOverdueFollowUpsCap ? c.OverdueFollowUpsCap : d.OverdueFollowUpsCap,
            CoolDown = ValueMapping.ToTimeSpan(c.CoolDown, d.CoolDown, errors, path + ".cool_down"),
            QuotaAttainmentThreshold = c.HasQuotaAttainmentThreshold ? c.QuotaAttainmentThreshold : d.QuotaAttainmentThreshold,
            LowQuotaWeightFactor = c.HasLowQuotaWeightFactor ? c.LowQuotaWeightFactor : d.LowQuotaWeightFactor,
            WorkloadWeights = new WorkloadWeights
            {
                OpenLeads = w.HasOpenLeads ? w.OpenLeads : d.WorkloadWeights.OpenLeads,
                AssignedToday = w.HasAssignedToday ? w.AssignedToday : d.WorkloadWeights.AssignedToday,
                OverdueFollowUps = w.HasOverdueFollowUps ? w.OverdueFollowUps : d.WorkloadWeights.OverdueFollowUps,
                ActiveOpportunities = w.HasActiveOpportunities ? w.ActiveOpportunities : d.WorkloadWeights.ActiveOpportunities,
            },
            RepScoreWeights = new RepScoreWeights
            {
                GeographyMatch = s.HasGeographyMatch ? s.GeographyMatch : d.RepScoreWeights.GeographyMatch,
                IndustryExperience = s.HasIndustryExperience ? s.IndustryExperience : d.RepScoreWeights.IndustryExperience,
                Capacity = s.HasCapacity ? s.Capacity : d.RepScoreWeights.Capacity,
                ResponseTime = s.HasResponseTime ? s.ResponseTime : d.RepScoreWeights.ResponseTime,
                ConversionRate = s.HasConversionRate ? s.ConversionRate : d.RepScoreWeights.ConversionRate,
                SourcePerformance = s.HasSourcePerformance ? s.SourcePerformance : d.RepScoreWeights.SourcePerformance,
                ResponseTimeHalfScore = ValueMapping.ToTimeSpan(s.ResponseTimeHalfScore, d.RepScoreWeights.ResponseTimeHalfScore, errors, path + ".rep_score_weights.response_time_half_score"),
            },
        };
    }

    private static AssignmentPolicy ToDomain(Proto.AssignmentPolicy a, AssignmentPolicy d, FieldErrors errors, string path)
    {
#pragma warning disable CS0612 // retired in the proto: read only to refuse it
        RefuseRetired(a.HasTopPerformerWeight, errors, path + ".top_performer_weight", "each rep's performance_weight sets its share of a weighted territory");
#pragma warning restore CS0612

        return new()
        {
            SmallDealMax = a.HasSmallDealMax ? ValueMapping.ToDecimal(a.SmallDealMax, errors, path + ".small_deal_max") ?? d.SmallDealMax : d.SmallDealMax,
            LargeDealMin = a.HasLargeDealMin ? ValueMapping.ToDecimal(a.LargeDealMin, errors, path + ".large_deal_min") ?? d.LargeDealMin : d.LargeDealMin,
            HighLeadScore = a.HasHighLeadScore ? a.HighLeadScore : d.HighLeadScore,
            LowLeadScore = a.HasLowLeadScore ? a.LowLeadScore : d.LowLeadScore,
            LowWeakTreatment = EnumMapping.ToDomain(a.LowWeakTreatment, d.LowWeakTreatment, errors, path + ".low_weak_treatment"),
            IdealCustomerIndustries = a.IdealCustomerIndustries.Count > 0 ? [.. a.IdealCustomerIndustries] : d.IdealCustomerIndustries,
            SmallDealPooledRoundRobin = a.HasSmallDealPooledRoundRobin ? a.SmallDealPooledRoundRobin : d.SmallDealPooledRoundRobin,
            TreatmentSetsRepProfile = a.HasTreatmentSetsRepProfile ? a.TreatmentSetsRepProfile : d.TreatmentSetsRepProfile,
        };
    }

    private static QueuePolicy ToDomain(Proto.QueuePolicy q, QueuePolicy d, FieldErrors errors, string path)
    {
#pragma warning disable CS0612 // retired in the proto: read only to refuse it
        RefuseRetired(q.HasNurtureQueue, errors, path + ".nurture_queue", "the treatment tells marketing which leads to nurture; routing gives every lead an owner");
#pragma warning restore CS0612

        return new()
        {
            DefaultPool = q.HasDefaultPool ? q.DefaultPool : d.DefaultPool,
            EscalationQueue = q.HasEscalationQueue ? q.EscalationQueue : d.EscalationQueue,
            CompetitorQueue = q.HasCompetitorQueue ? q.CompetitorQueue : d.CompetitorQueue,
            PriorityQueue = q.HasPriorityQueue ? q.PriorityQueue : d.PriorityQueue,
            QueueAlertThreshold = q.HasQueueAlertThreshold ? q.QueueAlertThreshold : d.QueueAlertThreshold,
        };
    }

    private static HealthPolicy ToDomain(Proto.HealthPolicy h, HealthPolicy d, FieldErrors errors, string path) => new()
    {
        AssignmentSuccessTarget = h.HasAssignmentSuccessTarget ? h.AssignmentSuccessTarget : d.AssignmentSuccessTarget,
        ReassignmentRateAlert = h.HasReassignmentRateAlert ? h.ReassignmentRateAlert : d.ReassignmentRateAlert,
        FairnessGiniAlert = h.HasFairnessGiniAlert ? h.FairnessGiniAlert : d.FairnessGiniAlert,
        TerritoryVolumeSpreadAlert = h.HasTerritoryVolumeSpreadAlert ? h.TerritoryVolumeSpreadAlert : d.TerritoryVolumeSpreadAlert,
        TerritoryVolumeRatioAlert = h.HasTerritoryVolumeRatioAlert ? h.TerritoryVolumeRatioAlert : d.TerritoryVolumeRatioAlert,
        TerritoryConversionSpreadAlert = h.HasTerritoryConversionSpreadAlert ? h.TerritoryConversionSpreadAlert : d.TerritoryConversionSpreadAlert,
        RuleMatchReviewBelow = h.HasRuleMatchReviewBelow ? h.RuleMatchReviewBelow : d.RuleMatchReviewBelow,
        SlaComplianceTarget = h.HasSlaComplianceTarget ? h.SlaComplianceTarget : d.SlaComplianceTarget,
        MinOutcomesPerGroup = h.HasMinOutcomesPerGroup ? h.MinOutcomesPerGroup : d.MinOutcomesPerGroup,
        TimeToAssignTarget = ValueMapping.ToTimeSpan(h.TimeToAssignTarget, d.TimeToAssignTarget, errors, path + ".time_to_assign_target"),
    };

    private static SlaPolicy ToDomain(Proto.SlaPolicy s, SlaPolicy d, FieldErrors errors, string path)
    {
        var rules = new List<SlaRule>(s.Rules.Count);
        for (var i = 0; i < s.Rules.Count; i++)
        {
            var r = s.Rules[i];
            var at = $"{path}.rules[{i}]";
            if (r.LeadType == Proto.LeadType.Unspecified)
            {
                errors.Add(at + ".lead_type", "must name a lead type");
            }

            if (r.ResponseTarget is null)
            {
                errors.Add(at + ".response_target", "is required");
            }

            if (r.EscalateAfter is null)
            {
                errors.Add(at + ".escalate_after", "is required");
            }

            var leadType = EnumMapping.ToDomain(r.LeadType, LeadType.DemoRequest, errors, at + ".lead_type");
            rules.Add(new SlaRule(
                leadType,
                ValueMapping.ToTimeSpan(r.ResponseTarget, TimeSpan.Zero, errors, at + ".response_target"),
                ValueMapping.ToTimeSpan(r.EscalateAfter, TimeSpan.Zero, errors, at + ".escalate_after"),
                r.ResponseTargetMax is null ? null : ValueMapping.ToTimeSpan(r.ResponseTargetMax, TimeSpan.Zero, errors, at + ".response_target_max"),
                r.BusinessDays,
                r.HasEscalationBusinessDays ? r.EscalationBusinessDays : null,
                r.HasBusinessHours ? r.BusinessHours : null));
        }

        return new SlaPolicy
        {
            Rules = s.Rules.Count > 0 ? rules : d.Rules,
            ExecutiveLeadType = EnumMapping.ToDomain(s.ExecutiveLeadType, d.ExecutiveLeadType, errors, path + ".executive_lead_type"),
            AutoEscalation = s.HasAutoEscalation ? s.AutoEscalation : d.AutoEscalation,
            EscalateInWorkingHours = s.HasEscalateInWorkingHours ? s.EscalateInWorkingHours : d.EscalateInWorkingHours,
            EscalationSweepInterval = ValueMapping.ToTimeSpan(s.EscalationSweepInterval, d.EscalationSweepInterval, errors, path + ".escalation_sweep_interval"),
            DefaultTimeZone = string.IsNullOrWhiteSpace(s.DefaultTimeZone) ? d.DefaultTimeZone : s.DefaultTimeZone.Trim(),
        };
    }

}
