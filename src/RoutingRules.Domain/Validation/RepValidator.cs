using RoutingRules.Domain.Model;

namespace RoutingRules.Domain.Validation;

internal static class RepValidator
{
    public static void Validate(IReadOnlyList<Rep> reps, IReadOnlySet<string> repIds, ErrorSink sink)
    {
        var managerOf = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var r in reps)
        {
            sink.For("Rep", r.Id);
            sink.Required("name", r.Name);
            sink.Text("name", r.Name);
            sink.Text("email", r.Email, TextLimits.MaxEmail);
            sink.Text("specialistDepartment", r.SpecialistDepartment);
            sink.Texts("languages", r.Languages);
            sink.Texts("industries", r.Industries);
            sink.Texts("products", r.Products);
            sink.Reference("managerId", r.ManagerId, repIds, "rep");
            sink.Reference("backupId", r.BackupId, repIds, "rep");
            sink.Reference("successorId", r.SuccessorId, repIds, "rep");
            if (r.BackupId is not null && r.BackupId == r.Id)
            {
                sink.Add("backupId", "a rep cannot be its own backup");
            }

            if (r.SuccessorId is not null && r.SuccessorId == r.Id)
            {
                sink.Add("successorId", "a rep cannot be its own successor");
            }

            if (!TimeZones.IsValid(r.TimeZone))
            {
                sink.Add("timeZone", $"{TextLimits.Quote(r.TimeZone)} is not a known IANA time zone");
            }

            for (var i = 0; i < r.Absences.Count; i++)
            {
                if (r.Absences[i].End <= r.Absences[i].Start)
                {
                    sink.Add($"absences[{i}].end", "must be after start");
                }
            }

            sink.NotNegative("performanceWeight", r.PerformanceWeight);
            sink.NotNegative("quotaAttainment", r.QuotaAttainment ?? 0);
            sink.NotNegative("openLeadsCap", r.OpenLeadsCap ?? 0);
            sink.NotNegative("workload.openLeads", r.Workload.OpenLeads);
            sink.NotNegative("workload.overdueFollowUps", r.Workload.OverdueFollowUps);
            sink.NotNegative("workload.assignedToday", r.Workload.AssignedToday);
            sink.NotNegative("workload.activeOpportunities", r.Workload.ActiveOpportunities);
            if (r.Stats is { } stats)
            {
                sink.NotNegative("stats.conversionRate", stats.ConversionRate ?? 0);
                sink.NotNegative("stats.avgResponseMinutes", stats.AvgResponseMinutes ?? 0);
            }

            if (!string.IsNullOrEmpty(r.Id))
            {
                managerOf.TryAdd(r.Id, r.ManagerId);
            }
        }

        foreach (var id in DatasetValidator.OnCycles(managerOf))
        {
            sink.For("Rep", id);
            sink.Add("managerId", "is part of a manager cycle");
        }
    }
}
