using RoutingRules.Grpc;
using RoutingRules.Server.Hosting;
using RoutingRules.Server.Routing;
using RoutingRules.Server.Security;
using Proto = RoutingRules.V1;

namespace RoutingRules.Server.Explain;

/// <summary>Adds <c>ExplainRoute</c> to the LeadRouter service definition.</summary>
internal static class ExplainRouteRegistration
{
    /// <param name="definition">The LeadRouter definition.</param>
    /// <param name="services">Resolves the routing host and the admin guard.</param>
    /// <param name="routingGuard">The guard of REP explanations (and of OPS ones when no admin token is configured).</param>
    public static GrpcServiceDefinition WithExplainRoute(this GrpcServiceDefinition definition, IServiceProvider services, BearerTokenGuard routingGuard)
    {
        var service = new ExplainRouteService(
            services.GetRequiredService<LeadRoutingHost>(),
            routingGuard,
            services.GetService<ServerSecurity>()?.Admin ?? BearerTokenGuard.Open,
            services.GetService<TimeProvider>() ?? TimeProvider.System);
        return definition.Unary<Proto.ExplainRouteRequest, Proto.ExplainRouteResponse>("ExplainRoute", Proto.ExplainRouteRequest.Parser, service.ExplainAsync);
    }
}
