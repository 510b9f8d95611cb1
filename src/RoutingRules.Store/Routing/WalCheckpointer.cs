using Microsoft.Data.Sqlite;

namespace RoutingRules.Store.Routing;

/// <summary>
/// Copies the write-ahead log back into the database file on a thread and connection of its own.
/// SQLite's automatic checkpoint runs on the committing connection, the one commit thread every
/// caller waits on: alone, it made a group commit wait for a thousand pages to be copied and
/// synced each time the log passed that length. This thread copies behind the writer every
/// <see cref="CommitsPerCheckpoint"/> commits (a passive checkpoint never waits for the writer nor
/// blocks it); the writer's automatic checkpoint stays on at <see cref="WriterCheckpointPages"/>,
/// so the log stays bounded and starts over, and then finds almost everything copied already.
/// </summary>
internal sealed class WalCheckpointer : IDisposable
{
    /// <summary>The writer connection's automatic checkpoint threshold, in pages.</summary>
    public const int WriterCheckpointPages = 4096;

    /// <summary>
    /// Commits between background checkpoints. Each one syncs the database file, and a large sync
    /// delays the commits' own; small, frequent ones kept RouteLead's p99 under load clearly lower.
    /// </summary>
    private const int CommitsPerCheckpoint = 4;

    private static readonly TimeSpan IdleCheckpoint = TimeSpan.FromSeconds(1);

    private readonly SqliteConnection _connection;
    private readonly Action<Exception>? _failed;
    private readonly SemaphoreSlim _committed = new(0);
    private readonly Thread _thread;
    private volatile bool _stopping;

    public WalCheckpointer(SqliteStoreOptions options, Action<Exception>? failed)
    {
        _connection = SqliteConnections.Open(options);
        _failed = failed;
        _thread = new Thread(Run) { IsBackground = true, Name = "wal-checkpoint" };
        _thread.Start();
    }

    /// <summary>Called after each commit of the writer connection.</summary>
    public void Committed() => _committed.Release();

    public void Dispose()
    {
        _stopping = true;
        _committed.Release();
        _thread.Join();
        _committed.Dispose();
        _connection.Dispose();
    }

    private void Run()
    {
        while (!_stopping)
        {
            var commits = 0;
            while (!_stopping && commits < CommitsPerCheckpoint && _committed.Wait(IdleCheckpoint))
            {
                commits++;
            }

            try
            {
                SqliteConnections.Execute(_connection, "PRAGMA wal_checkpoint(PASSIVE);");
            }
            catch (SqliteException failure)
            {
                // Nothing is lost: the frames stay in the log and the next checkpoint copies them.
                _failed?.Invoke(failure);
            }
        }
    }
}
