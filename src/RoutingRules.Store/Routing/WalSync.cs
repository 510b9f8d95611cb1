using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace RoutingRules.Store.Routing;

/// <summary>
/// Syncs a database's WAL file to disk. SQLite with synchronous FULL syncs inside every commit,
/// so the one commit thread waited for the disk between batches; syncing the file from another
/// thread after the commit returned gives the same guarantee (every frame written before the
/// sync started is on disk when it returns) while the next batch is being written. The file is
/// opened for each sync rather than kept open: two system calls per batch, and the sync can never
/// reach a file SQLite has since deleted and created again. SQLite holds no POSIX locks on the
/// WAL file (its locks are on the database and -shm files), so opening and closing it here cannot
/// drop one.
/// </summary>
internal sealed class WalSync(string databasePath)
{
    private readonly string _walPath = databasePath + "-wal";

    public void Sync()
    {
        using var wal = File.OpenHandle(_walPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        if (!OperatingSystem.IsLinux())
        {
            RandomAccess.FlushToDisk(wal);
            return;
        }

        // fdatasync, as SQLite itself syncs its WAL on Linux: the frames and the file's length,
        // without the modification time whose journal commit made fsync take about twice as long.
        if (FDataSync(wal) != 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            throw new IOException($"fdatasync of {_walPath} failed: {Marshal.GetPInvokeErrorMessage(errno)} (errno {errno}).");
        }
    }

    // DllImport rather than LibraryImport: the generated marshalling needs unsafe code, and a
    // SafeHandle argument is all this call has to marshal.
    [DllImport("libc", EntryPoint = "fdatasync", SetLastError = true)]
    private static extern int FDataSync(SafeFileHandle file);
}
