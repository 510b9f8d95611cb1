using Grpc.Health.V1;
using ServingStatus = Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus;

namespace RoutingRules.Grpc;

/// <summary>The standard <c>grpc.health.v1.Health</c> service over a <see cref="HealthStatusRegistry"/>.</summary>
internal static class HealthService
{
    internal static GrpcServiceDefinition Create(HealthStatusRegistry registry) =>
        GrpcServiceDefinition.Create(HealthReflection.Descriptor.Services[0])
            .Unary<HealthCheckRequest, HealthCheckResponse>("Check", HealthCheckRequest.Parser, (request, _) =>
                registry.TryGetStatus(request.Service, out var status)
                    ? Task.FromResult(HealthStatusRegistry.Response(status))
                    : throw new GrpcStatusException(StatusCode.NotFound, $"Unknown service '{request.Service}'."))
            .ServerStreaming<HealthCheckRequest, HealthCheckResponse>("Watch", HealthCheckRequest.Parser, (request, responses, context) =>
                WatchAsync(registry, request.Service, responses, context));

    private static async Task WatchAsync(
        HealthStatusRegistry registry, string service, IGrpcStreamWriter<HealthCheckResponse> responses, ServerCallContext context)
    {
        var updates = registry.Subscribe(service, context.CancellationToken);
        ServingStatus? last = null;
        await foreach (var status in updates.ReadAllAsync(context.CancellationToken).ConfigureAwait(false))
        {
            // Only changes are reported; a repeated SetStatus with the same value is not news.
            if (status != last)
            {
                last = status;
                await responses.WriteAsync(HealthStatusRegistry.Response(status)).ConfigureAwait(false);
            }
        }
    }
}
