using RoutingRules.Domain.Serialization;
using RoutingRules.Domain.Storage;
using RoutingRules.Grpc;
using RoutingRules.Store;

namespace RoutingRules.Server.Hosting;

/// <summary>
/// Owns the reference-data store for the server's lifetime. The store opens after Kestrel starts
/// (health says NOT_SERVING meanwhile); calls arriving before that get UNAVAILABLE.
/// </summary>
/// <param name="time">Routing's clock: the store dates workload writes and reads with it.</param>
internal sealed class ReferenceDataHost(ServerHostOptions options, IHostEnvironment environment, ILogger<ReferenceDataHost> logger, TimeProvider time) : IDisposable
{
    private volatile SqliteReferenceDataStore? _store;

    /// <summary>True when this start found an empty database and loaded the demo dataset.</summary>
    public bool DemoLoaded { get; private set; }

    public IReferenceDataStore Store =>
        _store ?? throw new GrpcStatusException(StatusCode.Unavailable, "The reference data store is still opening.");

    public SqliteReferenceDataStore? Opened => _store;

    /// <summary>Routing's clock now: writes judge the instants they report against it.</summary>
    public DateTimeOffset Now => time.GetUtcNow();

    public void Open()
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(options.DataPath));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        var store = SqliteReferenceDataStore.Open(new SqliteStoreOptions { Path = options.DataPath }, time);
        try
        {
            if (options.LoadDemo && IsEmpty(store))
            {
                var path = DemoDataset.Locate(options.DemoDatasetPath, environment.ContentRootPath)
                    ?? throw new FileNotFoundException($"The demo dataset ({DemoDataset.RelativePath}) was not found; use --no-demo to start empty.");
                store.ImportDataset(DatasetJson.Load(path));
                DemoLoaded = true;
                logger.LogInformation("Loaded the demo dataset from {Path} into the empty database {Database}", path, options.DataPath);
            }
        }
        catch
        {
            store.Dispose();
            throw;
        }

        _store = store;
    }

    public void Dispose() => _store?.Dispose();

    private static bool IsEmpty(SqliteReferenceDataStore store)
    {
        var d = store.Current.Dataset;
        return d.Reps.Count + d.Territories.Count + d.Accounts.Count + d.Opportunities.Count + d.PreviousLeads.Count == 0;
    }
}
