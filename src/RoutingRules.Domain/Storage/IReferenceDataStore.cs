using RoutingRules.Domain.Model;
using RoutingRules.Domain.Policy;
using RoutingRules.Domain.Snapshot;

namespace RoutingRules.Domain.Storage;

/// <summary>
/// Durable reference data. Every write validates the resulting dataset first (throwing
/// <see cref="Validation.DatasetValidationException"/> and writing nothing when invalid), commits,
/// then publishes a new snapshot through <see cref="ISnapshotSource.Current"/>.
/// Reads come from the current snapshot.
/// </summary>
public interface IReferenceDataStore : ISnapshotSource
{
    Rep? GetRep(string id);
    IReadOnlyList<Rep> ListReps();
    void UpsertRep(Rep rep);
    bool DeleteRep(string id);

    Territory? GetTerritory(string id);
    IReadOnlyList<Territory> ListTerritories();
    void UpsertTerritory(Territory territory);
    bool DeleteTerritory(string id);

    Account? GetAccount(string id);
    IReadOnlyList<Account> ListAccounts();
    void UpsertAccount(Account account);
    bool DeleteAccount(string id);

    Opportunity? GetOpportunity(string id);
    IReadOnlyList<Opportunity> ListOpportunities();
    void UpsertOpportunity(Opportunity opportunity);
    bool DeleteOpportunity(string id);

    PreviousLead? GetPreviousLead(string id);
    IReadOnlyList<PreviousLead> ListPreviousLeads();
    void UpsertPreviousLead(PreviousLead lead);
    bool DeletePreviousLead(string id);

    /// <summary>Returns false when the rep does not exist.</summary>
    bool SetRepAvailability(string repId, RepStatus status);

    /// <summary>Replaces the rep's absence periods; false when the rep does not exist.</summary>
    bool SetRepAbsences(string repId, IReadOnlyList<AbsencePeriod> absences);

    /// <summary>Replaces the rep's live counters; false when the rep does not exist.</summary>
    bool UpdateRepWorkload(string repId, RepWorkload workload);

    RoutingPolicy GetPolicy();
    void SetPolicy(RoutingPolicy policy);

    /// <summary>Replaces all reference data in one transaction: all or nothing.</summary>
    void ImportDataset(Dataset dataset);

    Dataset ExportDataset();
}
