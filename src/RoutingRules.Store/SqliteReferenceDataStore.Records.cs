using Microsoft.Data.Sqlite;
using RoutingRules.Domain.Model;
using RoutingRules.Domain.Validation;

namespace RoutingRules.Store;

/// <summary>Per-record reads and writes.</summary>
public sealed partial class SqliteReferenceDataStore
{
    public Rep? GetRep(string id) => Current.GetRep(id) is { } rep ? Effective([rep], ReadRoutedCounts(id))[0] : null;
    public IReadOnlyList<Rep> ListReps() => WithEffectiveWorkloads(Current.Dataset.Reps);
    public Territory? GetTerritory(string id) => Current.GetTerritory(id);
    public IReadOnlyList<Territory> ListTerritories() => Current.Dataset.Territories;
    public Account? GetAccount(string id) => Current.GetAccount(id);
    public IReadOnlyList<Account> ListAccounts() => Current.Dataset.Accounts;
    public Opportunity? GetOpportunity(string id) => Current.Dataset.Opportunities.FirstOrDefault(o => o.Id == id);
    public IReadOnlyList<Opportunity> ListOpportunities() => Current.Dataset.Opportunities;
    public PreviousLead? GetPreviousLead(string id) => Current.Dataset.PreviousLeads.FirstOrDefault(l => l.Id == id);
    public IReadOnlyList<PreviousLead> ListPreviousLeads() => Current.Dataset.PreviousLeads;

    public void UpsertRep(Rep rep)
    {
        var stored = rep;
        Write(
            d => d with { Reps = Replace(d.Reps, rep, r => r.Id) },
            tx => stored = PersistRep(tx, rep),
            (snapshot, _) => snapshot.WithRep(stored));
    }

    public bool DeleteRep(string id) => Delete(id, ReferenceTables.Reps, d => d.Reps, r => r.Id, (d, l) => d with { Reps = l });

    public void UpsertTerritory(Territory territory) => Write(
        d => d with { Territories = Replace(d.Territories, territory, t => t.Id) },
        tx => Persist(ReferenceTables.Territories, tx, territory));

    public bool DeleteTerritory(string id) =>
        Delete(id, ReferenceTables.Territories, d => d.Territories, t => t.Id, (d, l) => d with { Territories = l });

    public void UpsertAccount(Account account) => Write(
        d => d with { Accounts = Replace(d.Accounts, account, a => a.Id) },
        tx =>
        {
            Persist(ReferenceTables.Accounts, tx, account);
            var (delete, insert) = ReferenceTables.CreateDomainWriters(_connection, tx);
            using (delete)
            using (insert)
            {
                ReferenceTables.WriteDomains(delete, insert, account, replacing: true);
            }
        });

    public bool DeleteAccount(string id) =>
        Delete(id, ReferenceTables.Accounts, d => d.Accounts, a => a.Id, (d, l) => d with { Accounts = l });

    public void UpsertOpportunity(Opportunity opportunity) => Write(
        d => d with { Opportunities = Replace(d.Opportunities, opportunity, o => o.Id) },
        tx => Persist(ReferenceTables.Opportunities, tx, opportunity));

    public bool DeleteOpportunity(string id) =>
        Delete(id, ReferenceTables.Opportunities, d => d.Opportunities, o => o.Id, (d, l) => d with { Opportunities = l });

    public void UpsertPreviousLead(PreviousLead lead) => Write(
        d => d with { PreviousLeads = Replace(d.PreviousLeads, lead, l => l.Id) },
        tx => Persist(ReferenceTables.PreviousLeads, tx, lead));

    public bool DeletePreviousLead(string id) =>
        Delete(id, ReferenceTables.PreviousLeads, d => d.PreviousLeads, l => l.Id, (d, l) => d with { PreviousLeads = l });

    public bool SetRepAvailability(string repId, RepStatus status) => PatchRep(repId, r => r with { Status = status });

    public bool SetRepAbsences(string repId, IReadOnlyList<AbsencePeriod> absences) =>
        PatchRep(repId, r => r with { Absences = absences.ToList() });

    /// <summary>Dropping the rep's <see cref="Rep.WorkloadAsOf"/> makes the write record routing's counters of now.</summary>
    public bool UpdateRepWorkload(string repId, RepWorkload workload) =>
        PatchRep(repId, r => r with { Workload = workload, WorkloadAsOf = null });

    /// <summary>Rep-only changes cannot break references, so only the rep's own fields are checked.</summary>
    private bool PatchRep(string repId, Func<Rep, Rep> change)
    {
        lock (_gate)
        {
            if (Current.GetRep(repId) is not { } rep)
            {
                return false;
            }

            var updated = change(rep);
            var errors = DatasetValidator.Validate(Domain.Model.Dataset.Empty with { Reps = [updated with { ManagerId = null, BackupId = null, SuccessorId = null }] });
            if (errors.Count > 0)
            {
                throw new DatasetValidationException(errors);
            }

            using (var transaction = _connection.BeginTransaction(deferred: false))
            {
                updated = PersistRep(transaction, updated);
                transaction.Commit();
            }

            _holder.Publish(Current.WithRep(updated));
            return true;
        }
    }

    /// <summary>Writes the rep with its workload settled (<see cref="WorkloadSettlement"/>); returns the rep as stored. Under the gate.</summary>
    private Rep PersistRep(SqliteTransaction transaction, Rep rep)
    {
        var settled = SettleWorkloads([rep], transaction)[0];
        using var reps = ReferenceTables.Reps.CreateWriter(_connection, transaction);
        using var workload = ReferenceTables.CreateWorkloadWriter(_connection, transaction);
        ReferenceTables.WriteRep(reps, workload, settled);
        return settled;
    }

    private void Persist<T>(JsonTable<T> table, SqliteTransaction transaction, T record)
    {
        using var writer = table.CreateWriter(_connection, transaction);
        writer.Write(record);
    }

    private bool Delete<T>(
        string id, JsonTable<T> table, Func<Dataset, IReadOnlyList<T>> list, Func<T, string> idOf, Func<Dataset, IReadOnlyList<T>, Dataset> with)
    {
        lock (_gate)
        {
            if (!list(Current.Dataset).Any(r => idOf(r) == id))
            {
                return false;
            }

            Write(d => with(d, list(d).Where(r => idOf(r) != id).ToList()), tx => table.Delete(_connection, tx, id));
            return true;
        }
    }

    private static List<T> Replace<T>(IReadOnlyList<T> records, T record, Func<T, string> idOf)
    {
        var id = idOf(record);
        var result = new List<T>(records.Count + 1);
        var replaced = false;
        foreach (var existing in records)
        {
            var same = idOf(existing) == id;
            result.Add(same ? record : existing);
            replaced |= same;
        }

        if (!replaced)
        {
            result.Add(record);
        }

        return result;
    }
}
