namespace RoutingRules.Store;

/// <summary>Where and how the reference-data database is opened.</summary>
public sealed record SqliteStoreOptions
{
    public const string DefaultPath = "./data/routingrules.db";

    public string Path { get; init; } = DefaultPath;

    /// <summary>
    /// FULL by default: in WAL mode NORMAL may lose the last commits on power loss, and what the
    /// service acknowledged must survive. NORMAL is still crash-safe against process kills.
    /// </summary>
    public SqliteSynchronous Synchronous { get; init; } = SqliteSynchronous.Full;

    /// <summary>How long a writer waits for another connection's lock before failing.</summary>
    public TimeSpan BusyTimeout { get; init; } = TimeSpan.FromSeconds(5);
}
