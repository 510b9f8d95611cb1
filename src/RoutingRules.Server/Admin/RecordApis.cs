using RoutingRules.Domain.Model;
using RoutingRules.Server.Mapping;
using Proto = RoutingRules.V1;

namespace RoutingRules.Server.Admin;

/// <summary>The five record types of the admin API.</summary>
internal static class RecordApis
{
    public static RecordApi<Rep, Proto.Rep> Reps { get; } = new(
        "rep", "reps", r => r.Id, r => r.Id,
        (s, id) => s.GetRep(id), s => s.ListReps(), (s, r) => s.UpsertRep(r), (s, id) => s.DeleteRep(id),
        RepMapping.ToDomain, RepMapping.ToProto);

    public static RecordApi<Territory, Proto.Territory> Territories { get; } = new(
        "territory", "territories", t => t.Id, t => t.Id,
        (s, id) => s.GetTerritory(id), s => s.ListTerritories(), (s, t) => s.UpsertTerritory(t), (s, id) => s.DeleteTerritory(id),
        TerritoryMapping.ToDomain, TerritoryMapping.ToProto);

    public static RecordApi<Account, Proto.Account> Accounts { get; } = new(
        "account", "accounts", a => a.Id, a => a.Id,
        (s, id) => s.GetAccount(id), s => s.ListAccounts(), (s, a) => s.UpsertAccount(a), (s, id) => s.DeleteAccount(id),
        AccountMapping.ToDomain, AccountMapping.ToProto);

    public static RecordApi<Opportunity, Proto.Opportunity> Opportunities { get; } = new(
        "opportunity", "opportunities", o => o.Id, o => o.Id,
        (s, id) => s.GetOpportunity(id), s => s.ListOpportunities(), (s, o) => s.UpsertOpportunity(o), (s, id) => s.DeleteOpportunity(id),
        SalesHistoryMapping.ToDomain, SalesHistoryMapping.ToProto);

    public static RecordApi<PreviousLead, Proto.PreviousLead> PreviousLeads { get; } = new(
        "previous lead", "previous_leads", l => l.Id, l => l.Id,
        (s, id) => s.GetPreviousLead(id), s => s.ListPreviousLeads(), (s, l) => s.UpsertPreviousLead(l), (s, id) => s.DeletePreviousLead(id),
        SalesHistoryMapping.ToDomain, SalesHistoryMapping.ToProto);
}
