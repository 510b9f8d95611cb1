using RoutingRules.Domain.Generation;
using RoutingRules.Store;

namespace RoutingRules.Store.Tests;

/// <summary>
/// Entry point of the test assembly when run as a child process by the crash tests:
/// "import-and-hang &lt;db&gt; &lt;accounts&gt;" starts a large import and blocks inside its transaction
/// after announcing "IMPORTING", waiting to be killed; "import &lt;db&gt; &lt;accounts&gt;" imports and exits.
/// </summary>
public static class CrashChild
{
    public const string ImportingMarker = "IMPORTING";
    public const string CommittedMarker = "COMMITTED";

    public static int Main(string[] args)
    {
        if (args.Length != 3)
        {
            return 2;
        }

        var accounts = int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture);
        var dataset = DatasetGenerator.Generate(accounts, 200, 300, seed: 99);
        using var store = SqliteReferenceDataStore.Open(new SqliteStoreOptions { Path = args[1] });
        var hang = args[0] == "import-and-hang";
        store.ImportDataset(dataset, rows =>
        {
            if (hang && rows >= accounts / 2)
            {
                Console.Out.WriteLine(ImportingMarker);
                Console.Out.Flush();
                Thread.Sleep(Timeout.Infinite);
            }
        });
        Console.Out.WriteLine(CommittedMarker);
        return 0;
    }
}
