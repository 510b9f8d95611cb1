using System.Diagnostics;

namespace RoutingRules.Store.Tests;

public class CrashRecoveryTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    [Fact]
    public void ImportDataset_ProcessKilledMidImport_PreviousStateIntact()
    {
        using var db = new TempDatabase();
        string before;
        using (var store = db.Open())
        {
            store.ImportDataset(StoreTestData.Full());
            before = SqliteReferenceDataStoreTests.Json(store.ExportDataset());
        }

        using (var child = StartChild("import-and-hang", db.Path, 20_000))
        {
            var line = ReadLineWithin(child, Timeout);
            Assert.Equal(CrashChild.ImportingMarker, line);
            Assert.True(new FileInfo(db.Path + "-wal").Length > 0, "the import should have written uncommitted pages");
            child.Kill(entireProcessTree: true);
            Assert.True(child.WaitForExit(Timeout));
        }

        using var reopened = db.Open();
        Assert.Equal(before, SqliteReferenceDataStoreTests.Json(reopened.ExportDataset()));
        Assert.Equal("a1", reopened.Current.FindAccountByDomain("acme.com")?.Account.Id);
    }

    [Fact]
    public void ImportDataset_ChildCommitsThenExits_DataDurable()
    {
        using var db = new TempDatabase();
        using (var child = StartChild("import", db.Path, 2_000))
        {
            Assert.Equal(CrashChild.CommittedMarker, ReadLineWithin(child, Timeout));
            Assert.True(child.WaitForExit(Timeout));
            Assert.Equal(0, child.ExitCode);
        }

        using var reopened = db.Open();
        Assert.Equal(2_000, reopened.ExportDataset().Accounts.Count);
    }

    private static Process StartChild(string mode, string path, int accounts)
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
        var start = new ProcessStartInfo(host)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "exec", typeof(CrashChild).Assembly.Location, mode, path, accounts.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start) ?? throw new InvalidOperationException("The child process did not start.");
    }

    private static string? ReadLineWithin(Process child, TimeSpan timeout)
    {
        var read = child.StandardOutput.ReadLineAsync();
        if (!read.Wait(timeout))
        {
            child.Kill(entireProcessTree: true);
            throw new TimeoutException("The child process did not report in time: " + child.StandardError.ReadToEnd());
        }

        return read.Result ?? "exited: " + child.StandardError.ReadToEnd();
    }
}
