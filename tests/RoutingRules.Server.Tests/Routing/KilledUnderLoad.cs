using RoutingRules.Grpc;

namespace RoutingRules.Server.Tests.Routing;

/// <summary>
/// The load of the crash tests that kill a routing child mid-call: several connections make their
/// calls until enough were answered (or a minute passed), then the child is killed (kill -9) and
/// the calls cut short by the kill are let go.
/// </summary>
internal static class KilledUnderLoad
{
    /// <param name="database">The child's database file.</param>
    /// <param name="connections">Connections calling at once.</param>
    /// <param name="callsPerConnection">Calls each makes at the most.</param>
    /// <param name="answered">How many calls were answered so far (the test records them).</param>
    /// <param name="enough">Answered calls after which the child is killed.</param>
    /// <param name="call">Call number <c>i</c> of connection <c>c</c>, with a deadline in its options.</param>
    public static async Task RunAsync(
        string database, int connections, int callsPerConnection, Func<int> answered, int enough, Func<GrpcClient, int, int, GrpcCallOptions, Task> call)
    {
        using var child = RouteLeadCrashTests.StartChild(database, out var address);
        using var stop = new CancellationTokenSource();
        var load = Enumerable.Range(0, connections).Select(c => Task.Run(async () =>
        {
            using var client = new GrpcClient(address);
            for (var i = 0; !stop.IsCancellationRequested && i < callsPerConnection; i++)
            {
                try
                {
                    await call(client, c, i, new GrpcCallOptions { Deadline = DateTime.UtcNow.AddSeconds(10) });
                }
                catch (Exception) when (stop.IsCancellationRequested)
                {
                    return;
                }
            }
        })).ToList();

        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (answered() < enough && DateTime.UtcNow < deadline && !load.All(t => t.IsCompleted))
        {
            await Task.Delay(10);
        }

        child.Kill(entireProcessTree: true);
        await stop.CancelAsync();
        child.WaitForExit();
        await Task.WhenAll(load);
    }
}
