using RoutingRules.Domain.Model;
using Proto = RoutingRules.V1;

namespace RoutingRules.Server.Mapping;

/// <summary>Rep, absence, workload and stats between proto and domain.</summary>
internal static class RepMapping
{
    /// <summary>A rep without a workload stays without one (<see cref="Rep.HasWorkload"/>): the store keeps the stored workload.</summary>
    public static Rep ToDomain(Proto.Rep r, FieldErrors errors, string path)
    {
        var defaults = new Rep { Id = string.Empty, Name = string.Empty };
        var rep = new Rep
        {
            Id = r.Id,
            Name = r.Name,
            Email = ValueMapping.Text(r.HasEmail, r.Email),
            Role = EnumMapping.ToDomain(r.Role, defaults.Role, errors, path + ".role"),
            Seniority = EnumMapping.ToDomain(r.Seniority, defaults.Seniority, errors, path + ".seniority"),
            ManagerId = ValueMapping.Text(r.HasManagerId, r.ManagerId),
            BackupId = ValueMapping.Text(r.HasBackupId, r.BackupId),
            SuccessorId = ValueMapping.Text(r.HasSuccessorId, r.SuccessorId),
            Departed = r.Departed,
            Status = EnumMapping.ToDomain(r.Status, defaults.Status, errors, path + ".status"),
            Absences = ToDomain(r.Absences, errors, path + ".absences"),
            TimeZone = r.HasTimeZone ? r.TimeZone : defaults.TimeZone,
            Languages = [.. r.Languages],
            SpecialistDepartment = ValueMapping.Text(r.HasSpecialistDepartment, r.SpecialistDepartment),
            Industries = [.. r.Industries],
            Products = [.. r.Products],
            PerformanceWeight = r.HasPerformanceWeight ? r.PerformanceWeight : defaults.PerformanceWeight,
            QuotaAttainment = r.HasQuotaAttainment ? r.QuotaAttainment : null,
            OpenLeadsCap = r.HasOpenLeadsCap ? r.OpenLeadsCap : null,
            Stats = r.Stats is null ? null : ToDomain(r.Stats),
        };
        return r.Workload is null ? rep : rep with { Workload = ToDomain(r.Workload, errors, path + ".workload") };
    }

    /// <summary>A rep without a workload (read from a dataset file that leaves it out) is sent without one.</summary>
    public static Proto.Rep ToProto(Rep r)
    {
        var proto = new Proto.Rep
        {
            Id = r.Id,
            Name = r.Name,
            Role = EnumMapping.ToProto<RepRole, Proto.RepRole>(r.Role),
            Seniority = EnumMapping.ToProto<Seniority, Proto.Seniority>(r.Seniority),
            Departed = r.Departed,
            Status = EnumMapping.ToProto<RepStatus, Proto.RepStatus>(r.Status),
            TimeZone = r.TimeZone,
            PerformanceWeight = r.PerformanceWeight,
            Workload = r.HasWorkload ? ToProto(r.Workload) : null,
        };
        proto.Absences.AddRange(r.Absences.Select(ToProto));
        proto.Languages.AddRange(r.Languages);
        proto.Industries.AddRange(r.Industries);
        proto.Products.AddRange(r.Products);
        if (r.Email is not null)
        {
            proto.Email = r.Email;
        }

        if (r.ManagerId is not null)
        {
            proto.ManagerId = r.ManagerId;
        }

        if (r.BackupId is not null)
        {
            proto.BackupId = r.BackupId;
        }

        if (r.SuccessorId is not null)
        {
            proto.SuccessorId = r.SuccessorId;
        }

        if (r.SpecialistDepartment is not null)
        {
            proto.SpecialistDepartment = r.SpecialistDepartment;
        }

        if (r.QuotaAttainment is { } quota)
        {
            proto.QuotaAttainment = quota;
        }

        if (r.OpenLeadsCap is { } cap)
        {
            proto.OpenLeadsCap = cap;
        }

        if (r.Stats is { } stats)
        {
            proto.Stats = ToProto(stats);
        }

        return proto;
    }

    public static List<AbsencePeriod> ToDomain(IList<Proto.AbsencePeriod> absences, FieldErrors errors, string path)
    {
        var result = new List<AbsencePeriod>(absences.Count);
        for (var i = 0; i < absences.Count; i++)
        {
            var start = ValueMapping.RequiredInstant(absences[i].Start, errors, $"{path}[{i}].start");
            var end = ValueMapping.RequiredInstant(absences[i].End, errors, $"{path}[{i}].end");
            result.Add(new AbsencePeriod(start, end));
        }

        return result;
    }

    public static Proto.AbsencePeriod ToProto(AbsencePeriod a) =>
        new() { Start = ValueMapping.FromInstant(a.Start), End = ValueMapping.FromInstant(a.End) };

    public static RepWorkload ToDomain(Proto.RepWorkload w, FieldErrors errors, string path) => new()
    {
        OpenLeads = w.OpenLeads,
        OverdueFollowUps = w.OverdueFollowUps,
        AssignedToday = w.AssignedToday,
        // Checked against the clock: one ahead of it kept the rep cooling down until then.
        LastAssignedAt = ValueMapping.PastInstant(w.LastAssignedAt, errors, path + ".last_assigned_at"),
        ActiveOpportunities = w.ActiveOpportunities,
    };

    public static Proto.RepWorkload ToProto(RepWorkload w) => new()
    {
        OpenLeads = w.OpenLeads,
        OverdueFollowUps = w.OverdueFollowUps,
        AssignedToday = w.AssignedToday,
        LastAssignedAt = ValueMapping.FromInstant(w.LastAssignedAt),
        ActiveOpportunities = w.ActiveOpportunities,
    };

    private static RepStats ToDomain(Proto.RepStats s) => new()
    {
        ConversionRate = s.HasConversionRate ? s.ConversionRate : null,
        AvgResponseMinutes = s.HasAvgResponseMinutes ? s.AvgResponseMinutes : null,
        ConversionRateBySource = new Dictionary<string, double>(s.ConversionRateBySource),
    };

    private static Proto.RepStats ToProto(RepStats s)
    {
        var proto = new Proto.RepStats();
        if (s.ConversionRate is { } rate)
        {
            proto.ConversionRate = rate;
        }

        if (s.AvgResponseMinutes is { } minutes)
        {
            proto.AvgResponseMinutes = minutes;
        }

        foreach (var (source, sourceRate) in s.ConversionRateBySource)
        {
            proto.ConversionRateBySource[source] = sourceRate;
        }

        return proto;
    }
}
