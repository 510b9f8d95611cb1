using Microsoft.Data.Sqlite;
using RoutingRules.Server.Admin;
using static RoutingRules.Server.Tests.Cli.CliRunner;
using static RoutingRules.Server.Tests.Escalation.EscalationServiceTests;
using Proto = RoutingRules.V1;

namespace RoutingRules.Server.Tests.Cli;

/// <summary><c>routingrules backup</c> and <c>RoutingAdmin/BackupDatabase</c> against a loopback server.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class BackupCommandTests
{
    [Fact]
    public async Task Backup_WhileLeadsAreRouted_CopyHoldsEveryAcknowledgedDecisionAndRunsAServer()
    {
        await using var server = await TestServer.StartAsync(loadDemo: true);
        var before = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => RouteAsync(server, ParisLead($"before-{i}"))));
        var copy = Path.Combine(server.Directory, "copy.db");
        using var routing = new CancellationTokenSource();
        var during = RouteUntilAsync(server, routing.Token);

        var (code, _, errors) = await RunAsync("backup", "--out", copy, "--server", server.Address.ToString());
        await routing.CancelAsync();
        var routedDuring = await during;

        Assert.True(code == 0, errors);
        Assert.Contains("backed up ", errors, StringComparison.Ordinal);
        Assert.False(File.Exists(copy + ".partial"));
        Assert.False(File.Exists(copy + "-wal"));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(server.DataPath)!, DatabaseBackupHandlers.PartialPattern + "*"));
        var stored = DecisionsIn(copy);
        // Every decision acknowledged before the backup began is in it; some routed meanwhile may be.
        Assert.Superset(before.Select(r => r.DecisionId).ToHashSet(), stored);
        Assert.InRange(stored.Count, before.Length, before.Length + routedDuring);
        await using var restored = await TestServer.StartAsync(directory: CopyAsDataOf(copy));
        var explained = await ExplainAsync(restored, "before-7", Proto.ExplanationAudience.Ops, "en");
        Assert.Equal(before[7].DecisionId, explained.Decision.DecisionId);
        Assert.Contains(explained.Steps, s => s.Key == "versions");
    }

    [Fact]
    public async Task Backup_ExistingFile_ExitTwoAndTheFileUntouched()
    {
        await using var server = await TestServer.StartAsync(loadDemo: true);
        var copy = Path.Combine(server.Directory, "taken.db");
        await File.WriteAllTextAsync(copy, "keep me");

        var (code, _, errors) = await RunAsync("backup", "--out", copy, "--server", server.Address.ToString());

        Assert.Equal(2, code);
        Assert.Contains("exists already", errors, StringComparison.Ordinal);
        Assert.Equal("keep me", await File.ReadAllTextAsync(copy));
    }

    [Fact]
    public async Task Backup_FolderMissing_ExitTwoInOneLineBeforeCallingTheServer()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"routingrules-missing-{Guid.NewGuid():N}");

        // Nothing listens on port 1: a call would fail as Unavailable.
        var (code, _, errors) = await RunAsync("backup", "--out", Path.Combine(folder, "b.db"), "--server", "http://127.0.0.1:1");

        Assert.Equal(2, code);
        Assert.Equal($"error: the folder {folder} does not exist; create it first or choose another file.", errors.Trim());
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public async Task Backup_WrongToken_PermissionDeniedAndNoFile()
    {
        await using var server = await TestServer.StartAsync("backup-token", loadDemo: true);
        var copy = Path.Combine(server.Directory, "denied.db");

        var (code, _, errors) = await RunAsync("backup", "--out", copy, "--server", server.Address.ToString(), "--token", "nope");

        Assert.Equal(1, code);
        Assert.Contains("PermissionDenied", errors, StringComparison.Ordinal);
        Assert.False(File.Exists(copy));
        Assert.False(File.Exists(copy + ".partial"));
    }

    [Fact]
    public async Task BackupDatabase_Chunks_SayTheSizeFirstAndTheHashLast()
    {
        await using var server = await TestServer.StartAsync(loadDemo: true);
        await RouteAsync(server, ParisLead("chunked-1"));

        var chunks = new List<Proto.BackupChunk>();
        await foreach (var chunk in server.Client.ServerStreamingAsync(
            "/routingrules.v1.RoutingAdmin/BackupDatabase", new Proto.BackupDatabaseRequest(), Proto.BackupChunk.Parser))
        {
            chunks.Add(chunk);
        }

        var bytes = chunks.SelectMany(c => c.Data.ToByteArray()).ToArray();
        Assert.Equal(bytes.Length, chunks[0].TotalBytes);
        Assert.All(chunks.Skip(1), c => Assert.Equal(0, c.TotalBytes));
        Assert.All(chunks.SkipLast(1), c => Assert.Equal(string.Empty, c.Sha256));
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), chunks[^1].Sha256);
        Assert.All(chunks, c => Assert.InRange(c.Data.Length, 1, DatabaseBackupHandlers.ChunkBytes));
    }

    [Fact]
    public async Task BackupDatabase_NegativeRate_InvalidArgumentNamingIt()
    {
        await using var server = await TestServer.StartAsync(loadDemo: true);

        var error = await Assert.ThrowsAsync<Grpc.GrpcStatusException>(async () =>
        {
            await foreach (var _ in server.Client.ServerStreamingAsync(
                "/routingrules.v1.RoutingAdmin/BackupDatabase", new Proto.BackupDatabaseRequest { MaxMibPerSecond = -1 }, Proto.BackupChunk.Parser))
            {
            }
        });

        Assert.Equal(Grpc.StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("max_mib_per_second", error.GetBadRequest()!.FieldViolations.Single().Field, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stream_WithAMaximumRate_TakesAtLeastTheTimeItAllowsAndSendsEveryByte()
    {
        var file = Path.GetTempFileName();
        try
        {
            var content = new byte[(3 * DatabaseBackupHandlers.ChunkBytes) + 100];
            Random.Shared.NextBytes(content);
            await File.WriteAllBytesAsync(file, content);
            var sent = new ChunkCollector();
            var started = System.Diagnostics.Stopwatch.GetTimestamp();

            // 8 MiB/s: the fourth chunk is due 3/8 s after the start.
            await DatabaseBackupHandlers.StreamAsync(file, content.Length, 8, sent, CancellationToken.None);

            Assert.True(System.Diagnostics.Stopwatch.GetElapsedTime(started) >= TimeSpan.FromSeconds(0.37));
            Assert.Equal(content, sent.Chunks.SelectMany(c => c.Data.ToByteArray()).ToArray());
            Assert.Equal(4, sent.Chunks.Count);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private sealed class ChunkCollector : Grpc.IGrpcStreamWriter<Proto.BackupChunk>
    {
        public List<Proto.BackupChunk> Chunks { get; } = [];

        public ValueTask WriteAsync(Proto.BackupChunk message)
        {
            Chunks.Add(message);
            return ValueTask.CompletedTask;
        }

        public ValueTask WriteAsync(Proto.BackupChunk message, bool compress) => WriteAsync(message);
    }

    private static async Task<int> RouteUntilAsync(TestServer server, CancellationToken stop)
    {
        var routed = 0;
        while (!stop.IsCancellationRequested)
        {
            await RouteAsync(server, ParisLead($"during-{routed}"));
            routed++;
        }

        return routed;
    }

    private static HashSet<string> DecisionsIn(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT decision_id FROM decisions";
        using var reader = command.ExecuteReader();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    // A test server keeps its database at data/routingrules.db under its directory.
    private static string CopyAsDataOf(string copy)
    {
        var directory = Path.Combine(Path.GetTempPath(), "routingrules-server-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(directory, "data"));
        File.Copy(copy, Path.Combine(directory, "data", "routingrules.db"));
        return directory;
    }
}
