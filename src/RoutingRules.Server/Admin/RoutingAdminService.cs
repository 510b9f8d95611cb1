using RoutingRules.Grpc;
using RoutingRules.Server.Hosting;
using RoutingRules.Server.Security;
using Proto = RoutingRules.V1;

namespace RoutingRules.Server.Admin;

/// <summary>Builds <c>routingrules.v1.RoutingAdmin</c>: every method behind the admin token guard.</summary>
internal static class RoutingAdminService
{
    public static GrpcServiceDefinition Create(ReferenceDataHost data, BearerTokenGuard guard, ILogger logger)
    {
        var reps = new RecordHandlers<Domain.Model.Rep, Proto.Rep>(data, RecordApis.Reps);
        var territories = new RecordHandlers<Domain.Model.Territory, Proto.Territory>(data, RecordApis.Territories);
        var accounts = new RecordHandlers<Domain.Model.Account, Proto.Account>(data, RecordApis.Accounts);
        var opportunities = new RecordHandlers<Domain.Model.Opportunity, Proto.Opportunity>(data, RecordApis.Opportunities);
        var previousLeads = new RecordHandlers<Domain.Model.PreviousLead, Proto.PreviousLead>(data, RecordApis.PreviousLeads);
        var repState = new RepStateHandlers(data);
        var policy = new PolicyHandlers(data);
        var transfer = new DatasetTransferHandlers(data, logger);
        var backup = new DatabaseBackupHandlers(data, logger);

        var service = GrpcServiceDefinition.Create(Proto.RoutingAdminReflection.Descriptor.FindTypeByName<Google.Protobuf.Reflection.ServiceDescriptor>("RoutingAdmin"));
        var methods = new GuardedMethods(service, guard)
            .Unary("UpsertRep", Proto.UpsertRepRequest.Parser, r => reps.Upsert(r.Rep))
            .Unary("DeleteRep", Proto.DeleteRequest.Parser, reps.Delete)
            .Unary("GetRep", Proto.GetRequest.Parser, reps.Get)
            .Unary("ListReps", Proto.ListRequest.Parser, r => Page(reps.List(r), new Proto.ListRepsResponse(), (p, x) => p.Reps.AddRange(x)))
            .Unary("UpsertTerritory", Proto.UpsertTerritoryRequest.Parser, r => territories.Upsert(r.Territory))
            .Unary("DeleteTerritory", Proto.DeleteRequest.Parser, territories.Delete)
            .Unary("GetTerritory", Proto.GetRequest.Parser, territories.Get)
            .Unary("ListTerritories", Proto.ListRequest.Parser, r => Page(territories.List(r), new Proto.ListTerritoriesResponse(), (p, x) => p.Territories.AddRange(x)))
            .Unary("UpsertAccount", Proto.UpsertAccountRequest.Parser, r => accounts.Upsert(r.Account))
            .Unary("DeleteAccount", Proto.DeleteRequest.Parser, accounts.Delete)
            .Unary("GetAccount", Proto.GetRequest.Parser, accounts.Get)
            .Unary("ListAccounts", Proto.ListRequest.Parser, r => Page(accounts.List(r), new Proto.ListAccountsResponse(), (p, x) => p.Accounts.AddRange(x)))
            .Unary("UpsertOpportunity", Proto.UpsertOpportunityRequest.Parser, r => opportunities.Upsert(r.Opportunity))
            .Unary("DeleteOpportunity", Proto.DeleteRequest.Parser, opportunities.Delete)
            .Unary("GetOpportunity", Proto.GetRequest.Parser, opportunities.Get)
            .Unary("ListOpportunities", Proto.ListRequest.Parser, r => Page(opportunities.List(r), new Proto.ListOpportunitiesResponse(), (p, x) => p.Opportunities.AddRange(x)))
            .Unary("UpsertPreviousLead", Proto.UpsertPreviousLeadRequest.Parser, r => previousLeads.Upsert(r.PreviousLead))
            .Unary("DeletePreviousLead", Proto.DeleteRequest.Parser, previousLeads.Delete)
            .Unary("GetPreviousLead", Proto.GetRequest.Parser, previousLeads.Get)
            .Unary("ListPreviousLeads", Proto.ListRequest.Parser, r => Page(previousLeads.List(r), new Proto.ListPreviousLeadsResponse(), (p, x) => p.PreviousLeads.AddRange(x)))
            .Unary("SetRepAvailability", Proto.SetRepAvailabilityRequest.Parser, repState.SetAvailability)
            .Unary("SetRepAbsences", Proto.SetRepAbsencesRequest.Parser, repState.SetAbsences)
            .Unary("UpdateRepWorkload", Proto.UpdateRepWorkloadRequest.Parser, repState.UpdateWorkload)
            .Unary("GetPolicy", Proto.GetPolicyRequest.Parser, policy.Get)
            .Unary("SetPolicy", Proto.SetPolicyRequest.Parser, policy.Set);
        service.ClientStreaming<Proto.ImportDatasetRequest, Proto.ImportDatasetResponse>("ImportDataset", Proto.ImportDatasetRequest.Parser, guard.ClientStreaming<Proto.ImportDatasetRequest, Proto.ImportDatasetResponse>(transfer.ImportAsync));
        service.ServerStreaming<Proto.ExportDatasetRequest, Proto.DatasetChunk>("ExportDataset", Proto.ExportDatasetRequest.Parser, guard.ServerStreaming<Proto.ExportDatasetRequest, Proto.DatasetChunk>(transfer.ExportAsync));
        service.ServerStreaming<Proto.BackupDatabaseRequest, Proto.BackupChunk>("BackupDatabase", Proto.BackupDatabaseRequest.Parser, guard.ServerStreaming<Proto.BackupDatabaseRequest, Proto.BackupChunk>(backup.BackupAsync));
        return methods.Definition;
    }

    /// <summary>Every List*Response shares next_page_token and total_size; setting them by descriptor keeps one helper for the five.</summary>
    private static TResponse Page<TItem, TResponse>(
        (IEnumerable<TItem> Page, string NextPageToken, int Total) page, TResponse response, Action<TResponse, IEnumerable<TItem>> add)
        where TResponse : Google.Protobuf.IMessage
    {
        add(response, page.Page);
        var descriptor = response.Descriptor;
        descriptor.FindFieldByName("next_page_token").Accessor.SetValue(response, page.NextPageToken);
        descriptor.FindFieldByName("total_size").Accessor.SetValue(response, page.Total);
        return response;
    }
}
