using Microsoft.Data.Sqlite;
using RoutingRules.Domain.Model;
using RoutingRules.Domain.Policy;
using RoutingRules.Domain.Snapshot;
using RoutingRules.Domain.Storage;
using RoutingRules.Domain.Validation;
using RoutingRules.Store.Migrations;

namespace RoutingRules.Store;

/// <summary>
/// Reference data in one SQLite file (WAL). Writes are serialised: each validates the dataset it
/// would produce, commits in one transaction, then publishes a new snapshot, so readers only
/// ever see committed, valid states. Reads are served from the current snapshot.
/// </summary>
public sealed partial class SqliteReferenceDataStore : IReferenceDataStore, IDisposable
{
    private const int ProgressInterval = 1000;

    private readonly Lock _gate = new();
    private readonly SqliteConnection _connection;
    private readonly SnapshotHolder _holder;
    private readonly TimeProvider _time;

    // Rep reads take routing's counters on a connection of their own, so they never wait behind a
    // write (an import holds the write connection for seconds).
    private readonly Lock _readGate = new();
    private readonly SqliteConnection _readConnection;

    private SqliteReferenceDataStore(
        SqliteStoreOptions options, SqliteConnection connection, SqliteConnection readConnection, ReferenceSnapshot snapshot, TimeProvider time)
    {
        Options = options;
        _connection = connection;
        _readConnection = readConnection;
        _holder = new SnapshotHolder(snapshot);
        _time = time;
    }

    public SqliteStoreOptions Options { get; }

    public ReferenceSnapshot Current => _holder.Current;

    /// <summary>
    /// Opens (creating if needed) the database, migrates the schema and loads the first snapshot.
    /// <paramref name="time"/> dates workload writes and reads (UTC days of assigned-today); the
    /// system clock by default, and routing's clock in the server.
    /// </summary>
    public static SqliteReferenceDataStore Open(SqliteStoreOptions? options = null, TimeProvider? time = null)
    {
        options ??= new SqliteStoreOptions();
        var connection = SqliteConnections.Open(options);
        SqliteConnection? readConnection = null;
        try
        {
            SchemaMigrator.Migrate(connection);
            var snapshot = ReferenceSnapshot.Build(ReferenceTables.Load(connection));
            readConnection = SqliteConnections.Open(options);
            return new SqliteReferenceDataStore(options, connection, readConnection, snapshot, time ?? TimeProvider.System);
        }
        catch
        {
            readConnection?.Dispose();
            connection.Dispose();
            throw;
        }
    }

    public void ImportDataset(Dataset dataset) => ImportDataset(dataset, null);

    /// <summary>
    /// Validates, then replaces every table in one transaction with prepared commands reused per
    /// row. <paramref name="progress"/> receives the rows written so far every 1,000 rows (from
    /// inside the transaction: an exception it throws rolls the import back).
    /// </summary>
    public void ImportDataset(Dataset dataset, Action<int>? progress)
    {
        DatasetValidator.ThrowIfInvalid(dataset);
        lock (_gate)
        {
            using (var transaction = _connection.BeginTransaction(deferred: false))
            {
                // Settled before the delete below, which takes the stored workloads with it.
                dataset = dataset with { Reps = SettleWorkloads(dataset.Reps, transaction) };
                foreach (var table in new[] { "account_domains", "rep_workload", "opportunities", "previous_leads", "accounts", "territories", "reps", "policy" })
                {
                    SqliteConnections.Execute(_connection, $"DELETE FROM {table}", transaction);
                }

                var rows = 0;
                void Step()
                {
                    if (++rows % ProgressInterval == 0)
                    {
                        progress?.Invoke(rows);
                    }
                }

                ReferenceTables.WritePolicy(_connection, transaction, dataset.Policy);
                using (var reps = ReferenceTables.Reps.CreateWriter(_connection, transaction))
                using (var workload = ReferenceTables.CreateWorkloadWriter(_connection, transaction))
                {
                    foreach (var rep in dataset.Reps)
                    {
                        ReferenceTables.WriteRep(reps, workload, rep);
                        Step();
                    }
                }

                WriteAll(ReferenceTables.Territories, dataset.Territories, transaction, Step);
                var (deleteDomains, insertDomain) = ReferenceTables.CreateDomainWriters(_connection, transaction);
                using (deleteDomains)
                using (insertDomain)
                using (var accounts = ReferenceTables.Accounts.CreateWriter(_connection, transaction))
                {
                    foreach (var account in dataset.Accounts)
                    {
                        accounts.Write(account);
                        ReferenceTables.WriteDomains(deleteDomains, insertDomain, account, replacing: false);
                        Step();
                    }
                }

                WriteAll(ReferenceTables.Opportunities, dataset.Opportunities, transaction, Step);
                WriteAll(ReferenceTables.PreviousLeads, dataset.PreviousLeads, transaction, Step);
                transaction.Commit();
            }

            _holder.Publish(ReferenceSnapshot.Build(dataset));
        }
    }

    /// <summary>Reads every table back from the database (not from the snapshot); reps with the workload routing uses now.</summary>
    public Dataset ExportDataset()
    {
        lock (_gate)
        {
            var dataset = ReferenceTables.Load(_connection);
            return dataset with { Reps = Effective(dataset.Reps, RoutedCounts.Load(_connection, null)) };
        }
    }

    public RoutingPolicy GetPolicy() => Current.Policy;

    public void SetPolicy(RoutingPolicy policy) =>
        Write(d => d with { Policy = policy }, tx => ReferenceTables.WritePolicy(_connection, tx, policy));

    public void Dispose()
    {
        lock (_gate)
        {
            _connection.Dispose();
        }

        lock (_readGate)
        {
            _readConnection.Dispose();
        }
    }

    private void WriteAll<T>(JsonTable<T> table, IReadOnlyList<T> records, SqliteTransaction transaction, Action step)
    {
        using var writer = table.CreateWriter(_connection, transaction);
        foreach (var record in records)
        {
            writer.Write(record);
            step();
        }
    }

    /// <summary>Validate the changed dataset, persist, commit, publish: the single path of every admin write.</summary>
    private void Write(Func<Dataset, Dataset> change, Action<SqliteTransaction> persist, Func<ReferenceSnapshot, Dataset, ReferenceSnapshot>? patch = null)
    {
        lock (_gate)
        {
            var current = _holder.Current;
            var next = change(current.Dataset);
            DatasetValidator.ThrowIfInvalid(next);
            using (var transaction = _connection.BeginTransaction(deferred: false))
            {
                persist(transaction);
                transaction.Commit();
            }

            _holder.Publish(patch is null ? ReferenceSnapshot.Build(next) : patch(current, next));
        }
    }
}
