using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace RoutingRules.Grpc;

/// <summary>Registers the gRPC layer's services.</summary>
public static class GrpcLayerServiceCollectionExtensions
{
    /// <summary>Adds routing, options, the service registry and the health registry.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Optional option changes, e.g. <c>o => o.EnableDetailedErrors = true</c>.</param>
    public static IServiceCollection AddGrpcLayer(this IServiceCollection services, Action<GrpcLayerOptions>? configure = null)
    {
        services.AddRouting();
        services.AddOptions<GrpcLayerOptions>();
        if (configure is not null)
        {
            services.Configure(configure);
        }

        services.TryAddSingleton<GrpcServiceRegistry>();
        services.TryAddSingleton<HealthStatusRegistry>();
        return services;
    }
}
