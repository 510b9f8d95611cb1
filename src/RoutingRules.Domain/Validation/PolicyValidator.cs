using RoutingRules.Domain.Policy;
using RoutingRules.Domain.Routing.Logic;

namespace RoutingRules.Domain.Validation;

internal static class PolicyValidator
{
    public static void Validate(RoutingPolicy p, IReadOnlySet<string> territoryIds, ErrorSink sink)
    {
        sink.For("RoutingPolicy", "policy");
        sink.NotNegativeAmount("accounts.amHandOffContractValue", p.Accounts.AmHandOffContractValue);
        sink.NotNegative("accounts.churnWinBackMonths", p.Accounts.ChurnWinBackMonths);
        if (p.Accounts.ChurnTreatAsNewMonths < p.Accounts.ChurnWinBackMonths)
        {
            sink.Add("accounts.churnTreatAsNewMonths", "must not be below churnWinBackMonths");
        }

        Positive(sink, "accounts.highActivityLeadCount", p.Accounts.HighActivityLeadCount);
        Positive(sink, "accounts.enterpriseEmployeeThreshold", p.Accounts.EnterpriseEmployeeThreshold);
        Unit(sink, "matching.fuzzyMatchThreshold", p.Matching.FuzzyMatchThreshold);
        Unit(sink, "matching.fuzzyReviewThreshold", p.Matching.FuzzyReviewThreshold);
        if (p.Matching.FuzzyReviewThreshold > p.Matching.FuzzyMatchThreshold)
        {
            sink.Add("matching.fuzzyReviewThreshold", "must not exceed the fuzzy match threshold");
        }

        sink.NotNegative("territories.midMarketMinEmployees", p.Territories.MidMarketMinEmployees);
        if (p.Territories.EnterpriseMinEmployees <= p.Territories.MidMarketMinEmployees)
        {
            sink.Add("territories.enterpriseMinEmployees", "must exceed midMarketMinEmployees");
        }

        RevenueBands(sink, p.Territories);

        if (p.Territories.DimensionPriority.Distinct().Count() != p.Territories.DimensionPriority.Count)
        {
            sink.Add("territories.dimensionPriority", "lists a dimension twice");
        }

        var areas = new Dictionary<string, (string Area, string TerritoryId)>(StringComparer.Ordinal);
        foreach (var (area, territoryId) in p.Territories.NearestTerritories)
        {
            var field = $"territories.nearestTerritories[{TextLimits.Shorten(area)}]";
            if (string.IsNullOrWhiteSpace(area))
            {
                sink.Add(field, "needs a department, region or country code");
            }
            else if (NearestTerritoryAreas.Key(area) is { } key && !areas.TryAdd(key, (area, territoryId))
                && !string.Equals(areas[key].TerritoryId, territoryId, StringComparison.Ordinal))
            {
                // "06" and "6", or "IDF" and "idf", are one area to the router: two territories for it would be a coin toss.
                sink.Add(field, $"is the same area as '{TextLimits.Shorten(areas[key].Area)}', which names another territory");
            }

            sink.Text(field, area);

            sink.Required(field, territoryId);
            sink.Reference(field, territoryId, territoryIds, "territory");
        }

        var hours = p.Territories;
        if (hours.BusinessHoursStart < TimeSpan.Zero || hours.BusinessHoursEnd > TimeSpan.FromDays(1) || hours.BusinessHoursStart >= hours.BusinessHoursEnd)
        {
            sink.Add("territories.businessHoursEnd", "business hours must run from a start to a later end within one day (00:00 to 24:00)");
        }

        HolidayValidator.Validate(sink, p.Territories.Holidays);

        Positive(sink, "capacity.openLeadsCap", p.Capacity.OpenLeadsCap);
        sink.NotNegative("capacity.overdueFollowUpsCap", p.Capacity.OverdueFollowUpsCap);
        sink.NotNegative("capacity.coolDown", p.Capacity.CoolDown.TotalSeconds);
        Unit(sink, "capacity.quotaAttainmentThreshold", p.Capacity.QuotaAttainmentThreshold);
        sink.NotNegative("capacity.lowQuotaWeightFactor", p.Capacity.LowQuotaWeightFactor);
        Weights(sink, p.Capacity);
        if (p.Assignment.SmallDealMax > p.Assignment.LargeDealMin)
        {
            sink.Add("assignment.smallDealMax", "must not exceed the large deal minimum");
        }

        if (p.Assignment.LowLeadScore > p.Assignment.HighLeadScore)
        {
            sink.Add("assignment.lowLeadScore", "must not exceed the high lead score");
        }

        IdealCustomerIndustries(sink, p.Assignment.IdealCustomerIndustries);

        Positive(sink, "queues.queueAlertThreshold", p.Queues.QueueAlertThreshold);
        sink.Required("queues.defaultPool", p.Queues.DefaultPool);
        sink.Text("queues.defaultPool", p.Queues.DefaultPool);
        sink.Required("queues.escalationQueue", p.Queues.EscalationQueue);
        sink.Text("queues.escalationQueue", p.Queues.EscalationQueue);
        sink.Text("queues.competitorQueue", p.Queues.CompetitorQueue);
        sink.Text("queues.priorityQueue", p.Queues.PriorityQueue);
        sink.Text("territories.defaultLanguage", p.Territories.DefaultLanguage);
        sink.Texts("matching.freeMailDomains", p.Matching.FreeMailDomains);
        Unit(sink, "health.assignmentSuccessTarget", p.Health.AssignmentSuccessTarget);
        Unit(sink, "health.reassignmentRateAlert", p.Health.ReassignmentRateAlert);
        Unit(sink, "health.fairnessGiniAlert", p.Health.FairnessGiniAlert);
        Unit(sink, "health.ruleMatchReviewBelow", p.Health.RuleMatchReviewBelow);
        Unit(sink, "health.territoryConversionSpreadAlert", p.Health.TerritoryConversionSpreadAlert);
        Unit(sink, "health.slaComplianceTarget", p.Health.SlaComplianceTarget);
        Positive(sink, "health.minOutcomesPerGroup", p.Health.MinOutcomesPerGroup);
        if (!(p.Health.TerritoryVolumeSpreadAlert >= 0))
        {
            sink.Add("health.territoryVolumeSpreadAlert", "must not be negative");
        }

        if (!(p.Health.TerritoryVolumeRatioAlert >= 1))
        {
            sink.Add("health.territoryVolumeRatioAlert", "must be at least 1 (the busiest territory over the quietest)");
        }

        if (p.Health.TimeToAssignTarget <= TimeSpan.Zero)
        {
            sink.Add("health.timeToAssignTarget", "must be positive");
        }

        for (var i = 0; i < p.Sla.Rules.Count; i++)
        {
            var rule = p.Sla.Rules[i];
            if (rule.ResponseTarget <= TimeSpan.Zero || rule.EscalateAfter < rule.ResponseTarget)
            {
                sink.Add($"sla.rules[{i}]", "needs a positive response target and an escalation delay not below it");
            }
            else if (rule.ResponseTargetMax is { } max && (max < rule.ResponseTarget || max > rule.EscalateAfter))
            {
                sink.Add($"sla.rules[{i}].responseTargetMax", "must lie between the response target and the escalation delay");
            }

            // Working hours already skip the weekend; a day of them is not a business day.
            if (rule.BusinessHours == true && (rule.BusinessDays || rule.EscalationBusinessDays == true))
            {
                sink.Add($"sla.rules[{i}].businessHours", "counts working hours: it cannot be combined with business days");
            }

            // Only the first rule of a type would ever apply: a second one is a mistake, not an override.
            var first = SlaPolicy.IndexOf(p.Sla.Rules, rule.LeadType);
            if (first < i)
            {
                sink.Add($"sla.rules[{i}].leadType", $"repeats {rule.LeadType}, already given by sla.rules[{first}]");
            }
        }

        if (ZoneClock.Find(p.Sla.DefaultTimeZone) is null)
        {
            sink.Add("sla.defaultTimeZone", $"'{p.Sla.DefaultTimeZone}' is not a time zone this machine knows (an IANA id such as Europe/Paris)");
        }

        if (p.Sla.EscalationSweepInterval < TimeSpan.FromSeconds(1) || p.Sla.EscalationSweepInterval > TimeSpan.FromHours(1))
        {
            sink.Add("sla.escalationSweepInterval", "must be between 1 second and 1 hour");
        }

    }

    /// <summary>
    /// Revenue bands come as a pair or not at all: one alone would leave a band without a bound, and
    /// the router would not use it (a lead of unknown size would quietly stay the default segment).
    /// </summary>
    private static void RevenueBands(ErrorSink sink, TerritoryPolicy t)
    {
        const string Enterprise = "territories.enterpriseMinRevenue";
        const string MidMarket = "territories.midMarketMinRevenue";
        if (t.EnterpriseMinRevenue is { } enterprise && enterprise <= 0)
        {
            sink.Add(Enterprise, "must be positive");
        }

        if (t.MidMarketMinRevenue is { } midMarket && midMarket <= 0)
        {
            sink.Add(MidMarket, "must be positive");
        }

        switch (t.EnterpriseMinRevenue, t.MidMarketMinRevenue)
        {
            case (null, not null):
                sink.Add(Enterprise, "is required with the mid-market minimum revenue: revenue bands need both");
                break;
            case (not null, null):
                sink.Add(MidMarket, "is required with the enterprise minimum revenue: revenue bands need both");
                break;
            case ({ } e, { } m) when e > 0 && m > 0 && e <= m:
                sink.Add(Enterprise, "must exceed the mid-market minimum revenue");
                break;
        }
    }

    /// <summary>
    /// Each industry as a lead gives it: a lead's industry is compared trimmed (and case aside), so
    /// a blank or padded entry would never match. The same industry twice is harmless.
    /// </summary>
    private static void IdealCustomerIndustries(ErrorSink sink, IReadOnlyList<string> industries)
    {
        const string Field = "assignment.idealCustomerIndustries";
        if (industries is null)
        {
            // An explicit JSON null: routing would read it for every lead.
            sink.Add(Field, "must be a list of industries (empty: every industry fits)");
            return;
        }

        for (var i = 0; i < industries.Count; i++)
        {
            var field = $"{Field}[{i}]";
            var industry = industries[i];
            if (string.IsNullOrWhiteSpace(industry))
            {
                sink.Add(field, "needs an industry");
                continue;
            }

            if (industry.AsSpan().Trim().Length != industry.Length)
            {
                sink.Add(field, "must not start or end with a space (a lead's industry is compared without them)");
            }

            sink.Text(field, industry);
        }
    }

    /// <summary>A negative or infinite weight would turn "lowest workload" or "highest score" upside down.</summary>
    private static void Weights(ErrorSink sink, CapacityPolicy c)
    {
        var w = c.WorkloadWeights;
        Weight(sink, "capacity.workloadWeights.openLeads", w.OpenLeads);
        Weight(sink, "capacity.workloadWeights.assignedToday", w.AssignedToday);
        Weight(sink, "capacity.workloadWeights.overdueFollowUps", w.OverdueFollowUps);
        Weight(sink, "capacity.workloadWeights.activeOpportunities", w.ActiveOpportunities);
        var s = c.RepScoreWeights;
        Weight(sink, "capacity.repScoreWeights.geographyMatch", s.GeographyMatch);
        Weight(sink, "capacity.repScoreWeights.industryExperience", s.IndustryExperience);
        Weight(sink, "capacity.repScoreWeights.capacity", s.Capacity);
        Weight(sink, "capacity.repScoreWeights.responseTime", s.ResponseTime);
        Weight(sink, "capacity.repScoreWeights.conversionRate", s.ConversionRate);
        Weight(sink, "capacity.repScoreWeights.sourcePerformance", s.SourcePerformance);
        if (s.ResponseTimeHalfScore < TimeSpan.FromMinutes(1) || s.ResponseTimeHalfScore > TimeSpan.FromDays(30))
        {
            sink.Add("capacity.repScoreWeights.responseTimeHalfScore", "must be between 1 minute and 30 days");
        }
    }

    private static void Weight(ErrorSink sink, string field, double value)
    {
        if (!double.IsFinite(value) || value < 0)
        {
            sink.Add(field, "must be a finite number, not negative");
        }
    }

    private static void Positive(ErrorSink sink, string field, int value)
    {
        if (value <= 0)
        {
            sink.Add(field, "must be positive");
        }
    }

    private static void Unit(ErrorSink sink, string field, double value)
    {
        if (value is < 0 or > 1 || double.IsNaN(value))
        {
            sink.Add(field, "must be between 0 and 1");
        }
    }
}
