using RoutingRules.Grpc;
using RoutingRules.Server.Security;
using Proto = RoutingRules.V1;

namespace RoutingRules.Server.Routing;

/// <summary>Adds <c>ListQueue</c> and <c>GetRoutingHealth</c> to the LeadRouter service definition, behind the routing guard.</summary>
internal static class QueueHealthRegistration
{
    public static GrpcServiceDefinition WithQueueHealth(this GrpcServiceDefinition definition, IServiceProvider services, BearerTokenGuard guard)
    {
        var service = new QueueHealthService(services.GetRequiredService<LeadRoutingHost>(), services.GetService<TimeProvider>() ?? TimeProvider.System);
        return definition
            .Unary("ListQueue", Proto.ListQueueRequest.Parser, guard.Unary<Proto.ListQueueRequest, Proto.ListQueueResponse>(service.ListQueueAsync))
            .Unary("GetRoutingHealth", Proto.GetRoutingHealthRequest.Parser,
                guard.Unary<Proto.GetRoutingHealthRequest, Proto.GetRoutingHealthResponse>(service.GetRoutingHealthAsync));
    }
}
