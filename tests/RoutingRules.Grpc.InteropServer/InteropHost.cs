using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ServingStatus = Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus;

namespace RoutingRules.Grpc.InteropServer;

/// <summary>Hosts grpc.testing.TestService, health and reflection on 127.0.0.1 over h2c.</summary>
public static class InteropHost
{
    /// <summary>Runs until Ctrl+C; <c>--port PORT</c> (default 50052).</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var port = 50052;
        for (var i = 0; i < args.Length - 1; i++)
        {
            if (args[i] == "--port" && !int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out port))
            {
                await Console.Error.WriteLineAsync($"Invalid port '{args[i + 1]}'.").ConfigureAwait(false);
                return 2;
            }
        }

        var app = Build(port);
        await app.StartAsync().ConfigureAwait(false);
        app.Services.GetRequiredService<HealthStatusRegistry>().SetStatus(string.Empty, ServingStatus.Serving);
        app.Services.GetRequiredService<HealthStatusRegistry>().SetStatus("grpc.testing.TestService", ServingStatus.Serving);
        Console.WriteLine($"Interop server listening on 127.0.0.1:{port} (h2c)");
        await app.WaitForShutdownAsync().ConfigureAwait(false);
        return 0;
    }

    /// <summary>Builds the application listening on 127.0.0.1:<paramref name="port"/> (0 picks a free port).</summary>
    public static WebApplication Build(int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(kestrel =>
            kestrel.Listen(System.Net.IPAddress.Loopback, port, listen => listen.Protocols = HttpProtocols.Http2));
        builder.Services.AddGrpcLayer();
        var app = builder.Build();
        app.MapGrpcService(TestService.Create());
        app.MapGrpcHealth();
        app.MapGrpcReflection();
        return app;
    }
}
