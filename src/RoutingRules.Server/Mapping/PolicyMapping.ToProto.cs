using RoutingRules.Domain.Model;
using RoutingRules.Domain.Policy;
using Proto = RoutingRules.V1;

namespace RoutingRules.Server.Mapping;

/// <summary>Routing policy from domain to proto, every field set explicitly.</summary>
internal static partial class PolicyMapping
{
    public static Proto.RoutingPolicy ToProto(RoutingPolicy p)
    {
        var territories = new Proto.TerritoryPolicy
        {
            EnterpriseMinEmployees = p.Territories.EnterpriseMinEmployees,
            MidMarketMinEmployees = p.Territories.MidMarketMinEmployees,
            DefaultSegment = EnumMapping.ToProto<Segment, Proto.Segment>(p.Territories.DefaultSegment),
            OverlapResolution = EnumMapping.ToProto<OverlapResolution, Proto.OverlapResolution>(p.Territories.OverlapResolution),
            TimeZoneAcceptableOffset = ValueMapping.FromTimeSpan(p.Territories.TimeZoneAcceptableOffset),
            TimeZoneBackupOffset = ValueMapping.FromTimeSpan(p.Territories.TimeZoneBackupOffset),
            BusinessHoursStart = ValueMapping.FromTimeSpan(p.Territories.BusinessHoursStart),
            BusinessHoursEnd = ValueMapping.FromTimeSpan(p.Territories.BusinessHoursEnd),
            DefaultLanguage = p.Territories.DefaultLanguage,
            UnmatchedShareAlert = p.Territories.UnmatchedShareAlert,
            FillFromMatchedAccount = p.Territories.FillFromMatchedAccount,
        };
        // Unset means no revenue bands: an absent threshold stays absent rather than becoming 0.
        if (p.Territories.EnterpriseMinRevenue is { } enterpriseRevenue)
        {
            territories.EnterpriseMinRevenue = (double)enterpriseRevenue;
        }

        if (p.Territories.MidMarketMinRevenue is { } midMarketRevenue)
        {
            territories.MidMarketMinRevenue = (double)midMarketRevenue;
        }

        territories.DimensionPriority.AddRange(
            p.Territories.DimensionPriority.Select(EnumMapping.ToProto<RoutingDimension, Proto.RoutingDimension>));
        foreach (var (area, territoryId) in p.Territories.NearestTerritories)
        {
            territories.NearestTerritories[area] = territoryId;
        }

        foreach (var holiday in p.Territories.Holidays)
        {
            territories.Holidays.Add(new Proto.Holiday { Date = ValueMapping.FromDate(holiday.Date), Countries = { holiday.Countries } });
        }

        var matching = new Proto.MatchingPolicy
        {
            FuzzyMatchThreshold = p.Matching.FuzzyMatchThreshold,
            FuzzyReviewThreshold = p.Matching.FuzzyReviewThreshold,
            UseIpAddress = p.Matching.UseIpAddress,
        };
        matching.FreeMailDomains.AddRange(p.Matching.FreeMailDomains);

        var sla = new Proto.SlaPolicy
        {
            ExecutiveLeadType = EnumMapping.ToProto<LeadType, Proto.LeadType>(p.Sla.ExecutiveLeadType),
            AutoEscalation = p.Sla.AutoEscalation,
            EscalateInWorkingHours = p.Sla.EscalateInWorkingHours,
            EscalationSweepInterval = ValueMapping.FromTimeSpan(p.Sla.EscalationSweepInterval),
            DefaultTimeZone = p.Sla.DefaultTimeZone,
        };
        sla.Rules.AddRange(p.Sla.Rules.Select(ToProto));

        var assignment = new Proto.AssignmentPolicy
        {
            SmallDealMax = (double)p.Assignment.SmallDealMax,
            LargeDealMin = (double)p.Assignment.LargeDealMin,
            HighLeadScore = p.Assignment.HighLeadScore,
            LowLeadScore = p.Assignment.LowLeadScore,
            LowWeakTreatment = EnumMapping.ToProto<LowWeakTreatment, Proto.LowWeakTreatment>(p.Assignment.LowWeakTreatment),
            SmallDealPooledRoundRobin = p.Assignment.SmallDealPooledRoundRobin,
            TreatmentSetsRepProfile = p.Assignment.TreatmentSetsRepProfile,
        };
        assignment.IdealCustomerIndustries.AddRange(p.Assignment.IdealCustomerIndustries);

        return new Proto.RoutingPolicy
        {
            Accounts = ToProto(p.Accounts),
            Matching = matching,
            Territories = territories,
            Capacity = ToProto(p.Capacity),
            Assignment = assignment,
            Queues = new Proto.QueuePolicy
            {
                DefaultPool = p.Queues.DefaultPool,
                EscalationQueue = p.Queues.EscalationQueue,
                CompetitorQueue = p.Queues.CompetitorQueue,
                PriorityQueue = p.Queues.PriorityQueue,
                QueueAlertThreshold = p.Queues.QueueAlertThreshold,
            },
            Sla = sla,
            Health = new Proto.HealthPolicy
            {
                AssignmentSuccessTarget = p.Health.AssignmentSuccessTarget,
                ReassignmentRateAlert = p.Health.ReassignmentRateAlert,
                FairnessGiniAlert = p.Health.FairnessGiniAlert,
                TerritoryVolumeSpreadAlert = p.Health.TerritoryVolumeSpreadAlert,
                TerritoryVolumeRatioAlert = p.Health.TerritoryVolumeRatioAlert,
                TerritoryConversionSpreadAlert = p.Health.TerritoryConversionSpreadAlert,
                RuleMatchReviewBelow = p.Health.RuleMatchReviewBelow,
                SlaComplianceTarget = p.Health.SlaComplianceTarget,
                MinOutcomesPerGroup = p.Health.MinOutcomesPerGroup,
                TimeToAssignTarget = ValueMapping.FromTimeSpan(p.Health.TimeToAssignTarget),
            },
        };
    }

    private static Proto.AccountPolicy ToProto(AccountPolicy a) => new()
    {
        AmHandOffContractValue = (double)a.AmHandOffContractValue,
        ChurnWinBackMonths = a.ChurnWinBackMonths,
        ChurnTreatAsNewMonths = a.ChurnTreatAsNewMonths,
        HighActivityLeadCount = a.HighActivityLeadCount,
        HighActivityWindow = ValueMapping.FromTimeSpan(a.HighActivityWindow),
        EnterpriseEmployeeThreshold = a.EnterpriseEmployeeThreshold,
        SubsidiaryRoutesToParent = a.SubsidiaryRoutesToParent,
        AutoCreateAccountLeadCount = a.AutoCreateAccountLeadCount,
        CompetitorHandling = EnumMapping.ToProto<CompetitorHandling, Proto.CompetitorHandling>(a.CompetitorHandling),
        ProspectOwnerRoutes = a.ProspectOwnerRoutes,
    };

    private static Proto.CapacityPolicy ToProto(CapacityPolicy c) => new()
    {
        OpenLeadsCap = c.OpenLeadsCap,
        OverdueFollowUpsCap = c.OverdueFollowUpsCap,
        CoolDown = ValueMapping.FromTimeSpan(c.CoolDown),
        QuotaAttainmentThreshold = c.QuotaAttainmentThreshold,
        LowQuotaWeightFactor = c.LowQuotaWeightFactor,
        WorkloadWeights = new Proto.WorkloadWeights
        {
            OpenLeads = c.WorkloadWeights.OpenLeads,
            AssignedToday = c.WorkloadWeights.AssignedToday,
            OverdueFollowUps = c.WorkloadWeights.OverdueFollowUps,
            ActiveOpportunities = c.WorkloadWeights.ActiveOpportunities,
        },
        RepScoreWeights = new Proto.RepScoreWeights
        {
            GeographyMatch = c.RepScoreWeights.GeographyMatch,
            IndustryExperience = c.RepScoreWeights.IndustryExperience,
            Capacity = c.RepScoreWeights.Capacity,
            ResponseTime = c.RepScoreWeights.ResponseTime,
            ConversionRate = c.RepScoreWeights.ConversionRate,
            SourcePerformance = c.RepScoreWeights.SourcePerformance,
            ResponseTimeHalfScore = ValueMapping.FromTimeSpan(c.RepScoreWeights.ResponseTimeHalfScore),
        },
    };

    private static Proto.SlaRule ToProto(SlaRule r)
    {
        var rule = new Proto.SlaRule
        {
            LeadType = EnumMapping.ToProto<LeadType, Proto.LeadType>(r.LeadType),
            ResponseTarget = ValueMapping.FromTimeSpan(r.ResponseTarget),
            EscalateAfter = ValueMapping.FromTimeSpan(r.EscalateAfter),
            BusinessDays = r.BusinessDays,
        };
        if (r.BusinessHours is { } businessHours)
        {
            rule.BusinessHours = businessHours;
        }

        if (r.EscalationBusinessDays is { } escalationBusinessDays)
        {
            rule.EscalationBusinessDays = escalationBusinessDays;
        }

        if (r.ResponseTargetMax is { } max)
        {
            rule.ResponseTargetMax = ValueMapping.FromTimeSpan(max);
        }

        return rule;
    }
}
