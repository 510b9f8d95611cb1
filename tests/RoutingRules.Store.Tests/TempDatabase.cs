using RoutingRules.Store;

namespace RoutingRules.Store.Tests;

/// <summary>A real SQLite file in a fresh temporary directory, deleted afterwards.</summary>
internal sealed class TempDatabase : IDisposable
{
    public TempDatabase()
    {
        Directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "routingrules-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        Options = new SqliteStoreOptions { Path = System.IO.Path.Combine(Directory, "routingrules.db") };
    }

    public string Directory { get; }
    public SqliteStoreOptions Options { get; }
    public string Path => Options.Path;

    public SqliteReferenceDataStore Open() => SqliteReferenceDataStore.Open(Options);

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A child process killed mid-write may still be releasing the file; the OS temp cleaner takes it.
        }
    }
}
