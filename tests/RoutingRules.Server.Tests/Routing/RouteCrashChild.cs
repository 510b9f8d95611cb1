namespace RoutingRules.Server.Tests.Routing;

/// <summary>
/// Entry point of the test assembly when run as a child process by the crash tests:
/// "route-server &lt;db&gt;" starts a routing server on a free loopback port, prints
/// "LISTENING &lt;address&gt;" and serves until it is killed.
/// </summary>
public static class RouteCrashChild
{
    public const string ListeningMarker = "LISTENING ";
    public const int Reps = 5;

    public static async Task<int> Main(string[] args)
    {
        if (args.Length != 2 || args[0] != "route-server")
        {
            return 2;
        }

        await using var server = await RoutingTestServer.StartAsync(args[1], reps: Reps, cap: 1_000_000);
        Console.Out.WriteLine(ListeningMarker + server.Address);
        Console.Out.Flush();
        await Task.Delay(Timeout.Infinite);
        return 0;
    }
}
