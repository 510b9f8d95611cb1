using RoutingRules.Domain.Model;
using RoutingRules.Domain.Policy;
using RoutingRules.Domain.Snapshot;

namespace RoutingRules.Domain.Storage;

/// <summary>
/// Durable reference data. Every write validates the resulting dataset first (throwing
/// <see cref="Validation.DatasetValidationException"/> and writing nothing when invalid), commits,
/// then publishes a new snapshot through <see cref="ISnapshotSource.Current"/>.
/// Reads come from the current snapshot. A rep's workload is written "as of now": the store records
/// routing's counters for the rep in the same transaction (<see cref="Rep.WorkloadAsOf"/>), the
/// snapshot holds the written counters with that record, and the rep reads here
/// (<see cref="GetRep"/>, <see cref="ListReps"/>, <see cref="ExportDataset"/>,
/// <see cref="WithEffectiveWorkloads"/>) show the workload routing uses now, so writing back what
/// they show changes nothing.
/// </summary>
public interface IReferenceDataStore : ISnapshotSource
{
    /// <summary>The rep with the workload routing uses now, or null.</summary>
    Rep? GetRep(string id);

    /// <summary>Every rep, with the workload routing uses now.</summary>
    IReadOnlyList<Rep> ListReps();

    /// <summary>
    /// <paramref name="reps"/> (from <see cref="ISnapshotSource.Current"/>) with the workload
    /// routing uses for each now: the written counters plus what routing counted since they were
    /// written. The result is for reading: its reps carry no <see cref="Rep.WorkloadAsOf"/>.
    /// </summary>
    IReadOnlyList<Rep> WithEffectiveWorkloads(IReadOnlyList<Rep> reps);

    /// <summary>
    /// Creates or replaces the rep. Its workload, when it has one, is its workload as of now; a rep
    /// without one (<see cref="Rep.HasWorkload"/>) keeps the stored workload, or starts at zero.
    /// </summary>
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

    /// <summary>Replaces the rep's workload with <paramref name="workload"/> as of now; false when the rep does not exist.</summary>
    bool UpdateRepWorkload(string repId, RepWorkload workload);

    RoutingPolicy GetPolicy();
    void SetPolicy(RoutingPolicy policy);

    /// <summary>
    /// Replaces all reference data in one transaction: all or nothing. Workloads as in
    /// <see cref="UpsertRep"/>: a rep without one keeps the stored workload.
    /// </summary>
    void ImportDataset(Dataset dataset);

    /// <summary>Every record as stored, reps with the workload routing uses now: importing it changes nothing.</summary>
    Dataset ExportDataset();
}
