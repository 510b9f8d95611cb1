using Google.Protobuf.WellKnownTypes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace RoutingRules.Grpc.Tests;

/// <summary>A real Kestrel on a free loopback port serving a small test service, health and reflection.</summary>
public sealed class LoopbackServer : IAsyncLifetime
{
    private WebApplication? _app;

    public Uri Address { get; private set; } = null!;

    public Uri Http1Address { get; private set; } = null!;

    public GrpcClient Client { get; private set; } = null!;

    /// <summary>What the gRPC layer logged while serving, every level included.</summary>
    public RecordingLoggerProvider Logs { get; } = new();

    /// <summary>Released once for every message <c>test.Probe/CountUntilReset</c> reads.</summary>
    public SemaphoreSlim CountUntilResetReads { get; } = new(0);

    public HealthStatusRegistry Health => _app!.Services.GetRequiredService<HealthStatusRegistry>();

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(Logs);
        builder.Logging.SetMinimumLevel(LogLevel.Debug);
        builder.WebHost.ConfigureKestrel(k =>
        {
            // Cleartext endpoints cannot negotiate: one speaks h2c by prior knowledge, the other HTTP/1.1.
            k.Listen(System.Net.IPAddress.Loopback, 0, l => l.Protocols = HttpProtocols.Http2);
            k.Listen(System.Net.IPAddress.Loopback, 0, l => l.Protocols = HttpProtocols.Http1);
        });
        builder.Services.AddGrpcLayer();
        _app = builder.Build();
        _app.MapGrpcService(CreateTestService());
        _app.MapGrpcHealth();
        _app.MapGrpcReflection();
        await _app.StartAsync();
        var addresses = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.ToArray();
        Address = new Uri(addresses[0]);
        Http1Address = new Uri(addresses[1]);
        Client = new GrpcClient(Address);
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    private GrpcServiceDefinition CreateTestService() =>
        GrpcServiceDefinition.Create("test.Probe")
            .Unary<StringValue, StringValue>("Echo", StringValue.Parser, (request, context) =>
            {
                foreach (var entry in context.RequestHeaders)
                {
                    if (entry.Key.StartsWith("echo-", StringComparison.Ordinal))
                    {
                        if (entry.IsBinary)
                        {
                            context.ResponseTrailers.Add(entry.Key, entry.ValueBytes);
                        }
                        else
                        {
                            context.ResponseHeaders.Add(entry.Key, entry.Value);
                        }
                    }
                }

                return Task.FromResult(new StringValue { Value = request.Value });
            })
            .Unary<StringValue, StringValue>("Validate", StringValue.Parser, (request, _) =>
                throw GrpcStatusException.InvalidArgument("lead is invalid", ("lead.email", $"'{request.Value}' is not an email address")))
            .Unary<StringValue, StringValue>("Crash", StringValue.Parser, (_, _) =>
                throw new InvalidOperationException("secret internal detail"))
            .Unary<StringValue, StringValue>("Sleep", StringValue.Parser, async (request, context) =>
            {
                await Task.Delay(Timeout.Infinite, context.CancellationToken);
                return request;
            })
            .Unary<StringValue, StringValue>("SleepIgnoringCancellation", StringValue.Parser, async (request, _) =>
            {
                await Task.Delay(1500);
                return request;
            })
            .ServerStreaming<Int32Value, Int32Value>("Count", Int32Value.Parser, async (request, responses, _) =>
            {
                for (var i = 1; i <= request.Value; i++)
                {
                    await responses.WriteAsync(new Int32Value { Value = i });
                }
            })
            .ClientStreaming<Int32Value, Int64Value>("Sum", Int32Value.Parser, async (requests, _) =>
            {
                long sum = 0;
                var expected = 1;
                await foreach (var request in requests)
                {
                    // Encodes order into the result: any reordering makes the sum negative.
                    sum += request.Value == expected++ ? request.Value : -1_000_000;
                }

                return new Int64Value { Value = sum };
            })
            .ClientStreaming<BytesValue, Int64Value>("TotalBytes", BytesValue.Parser, async (requests, _) =>
            {
                long total = 0;
                await foreach (var request in requests)
                {
                    total += request.Value.Length;
                }

                return new Int64Value { Value = total };
            })
            .ClientStreaming<Int32Value, Int64Value>("CountUntilReset", Int32Value.Parser, async (requests, _) =>
            {
                long count = 0;
                await foreach (var request in requests)
                {
                    count++;
                    CountUntilResetReads.Release();
                }

                return new Int64Value { Value = count };
            })
            .ClientStreaming<Int32Value, Int64Value>("RejectStream", Int32Value.Parser, (_, _) =>
                throw new GrpcStatusException(StatusCode.PermissionDenied, "no uploads"));
}
