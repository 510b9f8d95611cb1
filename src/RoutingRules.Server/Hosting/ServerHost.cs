using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using RoutingRules.Grpc;
using ServingStatus = Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus;

namespace RoutingRules.Server.Hosting;

/// <summary>Composition root: Kestrel on one h2c endpoint with the gRPC layer, health and reflection.</summary>
internal static class ServerHost
{
    internal static WebApplication Build(ServerHostOptions options)
    {
        var address = options.Host == "localhost" ? IPAddress.Loopback : IPAddress.Parse(options.Host);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(kestrel =>
            kestrel.Listen(address, options.Port, listen => listen.Protocols = HttpProtocols.Http2));
        // Per-request hosting logs at Information would dominate the hot path and the console.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Services.AddGrpcLayer();

        var app = builder.Build();
        app.MapGrpcHealth();
        app.MapGrpcReflection();
        return app;
    }

    /// <summary>Starts the server and marks it SERVING once it accepts connections.</summary>
    internal static async Task<WebApplication> StartAsync(ServerHostOptions options, CancellationToken cancellationToken)
    {
        var app = Build(options);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        app.Services.GetRequiredService<HealthStatusRegistry>().SetStatus(string.Empty, ServingStatus.Serving);
        return app;
    }

    internal static async Task<int> RunAsync(ServerHostOptions options, CancellationToken cancellationToken)
    {
        await using var app = await StartAsync(options, cancellationToken).ConfigureAwait(false);
        foreach (var address in ListeningAddresses(app))
        {
            Console.WriteLine($"routingrules listening on {address} (h2c)");
        }

        await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
        return 0;
    }

    internal static IReadOnlyCollection<string> ListeningAddresses(WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.ToArray() ?? [];
}
