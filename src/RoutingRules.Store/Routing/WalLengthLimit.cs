namespace RoutingRules.Store.Routing;

/// <summary>
/// Whether a database's write-ahead log has grown past the longest one the decision log lets it
/// reach (<see cref="WalCheckpointer.LongestLogFrames"/>). SQLite's checkpoint reports the log's
/// length only when it gets to run: asked while the checkpoint thread is copying, it answers busy
/// with no length at all, which is just when the log grows. The file's length tells instead: with
/// <see cref="Pragma"/> on the writer's connection, SQLite cuts the file back to the limit at the
/// first commit after each start-over, so a file longer than the limit holds a log that grew past
/// it since.
/// </summary>
internal sealed class WalLengthLimit
{
    // SQLite's WAL format: a 32-byte file header, then per page a 24-byte frame header and the page.
    private const int FileHeaderBytes = 32;
    private const int FrameHeaderBytes = 24;

    private readonly string _walPath;

    public WalLengthLimit(string databasePath, int pageSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pageSize);
        _walPath = databasePath + "-wal";
        Bytes = FileHeaderBytes + ((long)WalCheckpointer.LongestLogFrames * (FrameHeaderBytes + pageSize));
    }

    /// <summary>The longest log, in bytes of the WAL file.</summary>
    public long Bytes { get; }

    /// <summary>Makes SQLite cut the file back to <see cref="Bytes"/> whenever the log starts over.</summary>
    public string Pragma => $"PRAGMA journal_size_limit = {Bytes};";

    /// <summary>True when the log is longer than <see cref="Bytes"/> (a stat of the file).</summary>
    public bool Exceeded()
    {
        try
        {
            return new FileInfo(_walPath).Length > Bytes;
        }
        catch (IOException)
        {
            // No log file (nothing written since the last connection closed): nothing to shorten.
            return false;
        }
    }
}
