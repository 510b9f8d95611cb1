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
/// When the copies cannot keep up with quick commits, the writer restarts the log itself
/// (<see cref="RestartLogFrames"/>), waiting for this thread's copy when the log is too long
/// (<see cref="LongestLogFrames"/>).
/// </summary>
internal sealed class WalCheckpointer : IDisposable
{
    /// <summary>The writer connection's automatic checkpoint threshold, in pages.</summary>
    public const int WriterCheckpointPages = 4096;

    /// <summary>
    /// Commits between background checkpoints. Each one syncs the database file, and a large sync
    /// delays the commits' own: when the commit thread synced, every 4 kept RouteLead's p99 under
    /// load clearly lower than every 32. With the sync on its own thread and commits of about 8
    /// leads, 16 measured as well or slightly better than 4 (fewer copies of the same hot pages).
    /// </summary>
    private const int CommitsPerCheckpoint = 16;

    /// <summary>
    /// A log this long after a passive checkpoint is restarted: the writer commits without waiting
    /// for the disk (see <see cref="WalSync"/>), so under a steady stream of commits a passive copy
    /// may never catch up with the end of the log, and SQLite starts a log over only once all of
    /// it is copied. The writer runs the restart checkpoint itself, after its next commit
    /// (<see cref="Committed"/> says when): from this thread it had to win the write lock from a
    /// writer that took it back at once, and the log of 2,000 quick commits reached 70 MB.
    /// </summary>
    public const int RestartLogFrames = WriterCheckpointPages;

    /// <summary>
    /// A log this long while the checkpoint thread's copying answers the writer busy: the writer
    /// then waits for the copy to end and restarts the log (<see cref="WhileIdle"/>). Half again
    /// the restart length (about 25 MB of 4 KB pages), so a log stays bounded even when the
    /// checkpoint thread runs every time the writer tries, or copies slowly on a machine short of
    /// CPU or disk (see <see cref="WalLengthLimit"/> for how the writer knows the length).
    /// </summary>
    public const int LongestLogFrames = RestartLogFrames + (RestartLogFrames / 2);

    private static readonly TimeSpan IdleCheckpoint = TimeSpan.FromSeconds(1);

    private readonly SqliteConnection _connection;
    private readonly Action<Exception>? _failed;
    // A monitor rather than a semaphore: SemaphoreSlim spins (sched_yield) before it blocks, and on
    // two cores that spinning took CPU from the routing and commit threads after every commit.
    private readonly object _signal = new();
    // Held by this thread while it copies: WhileIdle waits for it.
    private readonly Lock _copying = new();
    private readonly Thread _thread;
    private int _commits;
    private bool _stopping;
    private bool _restartWanted;

    public WalCheckpointer(SqliteStoreOptions options, Action<Exception>? failed)
    {
        _connection = SqliteConnections.Open(options);
        _failed = failed;
        _thread = new Thread(Run) { IsBackground = true, Name = "wal-checkpoint" };
        _thread.Start();
    }

    /// <summary>
    /// Called after each commit of the writer connection: whether the writer should now run a
    /// restart checkpoint (see <see cref="RestartLogFrames"/>), and whether this thread is behind,
    /// still copying or not yet woken since its last request (the log may then grow unseen: the
    /// writer's own automatic checkpoint answers busy while this thread copies).
    /// </summary>
    public (bool RestartWanted, bool Behind) Committed()
    {
        lock (_signal)
        {
            if (++_commits == CommitsPerCheckpoint)
            {
                Monitor.Pulse(_signal);
            }

            var restart = _restartWanted;
            _restartWanted = false;
            return (restart, _commits > CommitsPerCheckpoint);
        }
    }

    /// <summary>Runs <paramref name="action"/> once this thread is not copying, and keeps it from starting a copy meanwhile.</summary>
    public T WhileIdle<T>(Func<T> action)
    {
        lock (_copying)
        {
            return action();
        }
    }

    public void Dispose()
    {
        lock (_signal)
        {
            _stopping = true;
            Monitor.Pulse(_signal);
        }

        _thread.Join();
        _connection.Dispose();
    }

    private void Run()
    {
        while (true)
        {
            var stopping = WaitForCommits();
            try
            {
                int logFrames;
                lock (_copying)
                {
                    logFrames = Run(_connection, "PASSIVE").LogFrames;
                }

                if (logFrames >= RestartLogFrames)
                {
                    lock (_signal)
                    {
                        _restartWanted = true;
                    }
                }
            }
            catch (SqliteException failure)
            {
                // Nothing is lost: the frames stay in the log and the next checkpoint copies them.
                _failed?.Invoke(failure);
            }

            if (stopping)
            {
                return;
            }
        }
    }

    /// <summary>
    /// Runs a checkpoint in <paramref name="mode"/> on <paramref name="connection"/>: whether SQLite
    /// answered busy (another connection was checkpointing; it does not wait) and the frames in the log.
    /// </summary>
    internal static (bool Busy, int LogFrames) Run(SqliteConnection connection, string mode)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA wal_checkpoint({mode});";
        using var reader = command.ExecuteReader();
        return reader.Read() ? (reader.GetInt32(0) != 0, reader.GetInt32(1)) : (false, 0);
    }

    /// <summary>
    /// Waits for <see cref="CommitsPerCheckpoint"/> commits, or for fewer followed by
    /// <see cref="IdleCheckpoint"/> without one; true when stopping (one last checkpoint follows).
    /// </summary>
    private bool WaitForCommits()
    {
        lock (_signal)
        {
            while (!_stopping && _commits < CommitsPerCheckpoint)
            {
                if (!Monitor.Wait(_signal, IdleCheckpoint) && _commits > 0)
                {
                    break;
                }
            }

            _commits = 0;
            return _stopping;
        }
    }
}
