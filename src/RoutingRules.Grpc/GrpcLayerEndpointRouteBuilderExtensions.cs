using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace RoutingRules.Grpc;

/// <summary>Maps gRPC services onto endpoint routing. Requires <c>AddGrpcLayer</c>.</summary>
public static class GrpcLayerEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps every method of <paramref name="service"/> as a POST endpoint at its gRPC path. The first
    /// call also maps a lowest-priority catch-all that answers unknown gRPC methods with UNIMPLEMENTED.
    /// </summary>
    public static IEndpointConventionBuilder MapGrpcService(this IEndpointRouteBuilder endpoints, GrpcServiceDefinition service)
    {
        ArgumentNullException.ThrowIfNull(service);
        var provider = endpoints.ServiceProvider;
        var registry = provider.GetService<GrpcServiceRegistry>()
            ?? throw new InvalidOperationException("Call services.AddGrpcLayer() before mapping gRPC services.");
        var options = provider.GetRequiredService<IOptions<GrpcLayerOptions>>().Value;
        var logger = provider.GetRequiredService<ILoggerFactory>().CreateLogger("RoutingRules.Grpc.Server");
        registry.Add(service);

        var builders = new List<IEndpointConventionBuilder>();
        foreach (var method in service.Methods)
        {
            var handler = new ServerCallHandler(method, options, logger);
            builders.Add(endpoints.MapPost(method.Path, handler.HandleAsync).WithDisplayName("gRPC " + method.Path));
        }

        if (registry.TryClaimFallback())
        {
            endpoints.MapPost("{**grpcUnknownPath}", context => ProtocolRejection.RejectUnknownMethodAsync(context, registry))
                .WithOrder(int.MaxValue)
                .WithDisplayName("gRPC unimplemented");
        }

        return new CompositeConventionBuilder(builders);
    }

    /// <summary>Maps <c>grpc.health.v1.Health</c>; every status turns NOT_SERVING when the host starts stopping.</summary>
    public static IEndpointConventionBuilder MapGrpcHealth(this IEndpointRouteBuilder endpoints)
    {
        var health = endpoints.ServiceProvider.GetRequiredService<HealthStatusRegistry>();
        endpoints.ServiceProvider.GetService<IHostApplicationLifetime>()?.ApplicationStopping.Register(health.SetAllNotServing);
        return endpoints.MapGrpcService(HealthService.Create(health));
    }

    /// <summary>Maps server reflection, v1 and v1alpha, describing every service mapped on this host.</summary>
    public static IEndpointConventionBuilder MapGrpcReflection(this IEndpointRouteBuilder endpoints)
    {
        var registry = endpoints.ServiceProvider.GetService<GrpcServiceRegistry>()
            ?? throw new InvalidOperationException("Call services.AddGrpcLayer() before mapping gRPC services.");
        var builders = new List<IEndpointConventionBuilder>();
        foreach (var service in ReflectionService.Create(registry))
        {
            builders.Add(endpoints.MapGrpcService(service));
        }

        return new CompositeConventionBuilder(builders);
    }

    private sealed class CompositeConventionBuilder(List<IEndpointConventionBuilder> builders) : IEndpointConventionBuilder
    {
        public void Add(Action<EndpointBuilder> convention)
        {
            foreach (var builder in builders)
            {
                builder.Add(convention);
            }
        }

        public void Finally(Action<EndpointBuilder> finallyConvention)
        {
            foreach (var builder in builders)
            {
                builder.Finally(finallyConvention);
            }
        }
    }
}
