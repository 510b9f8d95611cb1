using RoutingRules.Domain.Model;
using RoutingRules.Grpc;
using RoutingRules.Server.Hosting;
using RoutingRules.Server.Mapping;
using Proto = RoutingRules.V1;

namespace RoutingRules.Server.Admin;

/// <summary>A rep's live state: availability, absences, workload counters.</summary>
internal sealed class RepStateHandlers(ReferenceDataHost data)
{
    public Proto.Rep SetAvailability(Proto.SetRepAvailabilityRequest request)
    {
        var errors = new FieldErrors();
        RequireRepId(request.RepId, errors);
        if (request.Status == Proto.RepStatus.Unspecified)
        {
            errors.Add("status", "is required");
        }

        var status = EnumMapping.ToDomain(request.Status, RepStatus.Available, errors, "status");
        errors.ThrowIfAny("Bad availability request. Nothing was written.");
        return Apply(request.RepId, store => store.SetRepAvailability(request.RepId, status));
    }

    public Proto.Rep SetAbsences(Proto.SetRepAbsencesRequest request)
    {
        var errors = new FieldErrors();
        RequireRepId(request.RepId, errors);
        var absences = RepMapping.ToDomain(request.Absences, errors, "absences");
        for (var i = 0; i < absences.Count; i++)
        {
            // A missing or unreadable end is already reported as such; "must be after start" would say it twice.
            var endReported = errors.Violations.Any(v => v.Field == $"absences[{i}].end");
            if (!endReported && absences[i].End <= absences[i].Start)
            {
                errors.Add($"absences[{i}].end", "must be after start");
            }
        }

        errors.ThrowIfAny("Bad absences. Nothing was written.");
        return Apply(request.RepId, store => store.SetRepAbsences(request.RepId, absences));
    }

    public Proto.Rep UpdateWorkload(Proto.UpdateRepWorkloadRequest request)
    {
        var errors = new FieldErrors(data.Now);
        RequireRepId(request.RepId, errors);
        if (request.Workload is null)
        {
            errors.Add("workload", "is required");
        }

        var workload = request.Workload is null ? RepWorkload.Empty : RepMapping.ToDomain(request.Workload, errors, "workload");
        NotNegative(errors, "workload.open_leads", workload.OpenLeads);
        NotNegative(errors, "workload.overdue_follow_ups", workload.OverdueFollowUps);
        NotNegative(errors, "workload.assigned_today", workload.AssignedToday);
        NotNegative(errors, "workload.active_opportunities", workload.ActiveOpportunities);
        errors.ThrowIfAny("Bad workload. Nothing was written.");
        return Apply(request.RepId, store => store.UpdateRepWorkload(request.RepId, workload));
    }

    private Proto.Rep Apply(string repId, Func<Domain.Storage.IReferenceDataStore, bool> change)
    {
        var store = data.Store;
        if (!StoreWrites.Run(() => change(store)))
        {
            throw new GrpcStatusException(StatusCode.NotFound, $"No rep with id '{repId}'.");
        }

        return RepMapping.ToProto(store.GetRep(repId)!);
    }

    private static void RequireRepId(string repId, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(repId))
        {
            errors.Add("rep_id", "is required");
        }
    }

    private static void NotNegative(FieldErrors errors, string field, int value)
    {
        if (value < 0)
        {
            errors.Add(field, "must not be negative");
        }
    }
}
