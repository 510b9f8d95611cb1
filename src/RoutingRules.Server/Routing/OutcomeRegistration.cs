using RoutingRules.Grpc;
using RoutingRules.Server.Security;
using Proto = RoutingRules.V1;

namespace RoutingRules.Server.Routing;

/// <summary>Adds <c>RecordOutcome</c> to the LeadRouter service definition, behind the routing guard.</summary>
internal static class OutcomeRegistration
{
    public static GrpcServiceDefinition WithOutcomes(this GrpcServiceDefinition definition, IServiceProvider services, BearerTokenGuard guard)
    {
        var service = new OutcomeService(services.GetRequiredService<LeadRoutingHost>(), services.GetRequiredService<TimeProvider>());
        return definition.Unary("RecordOutcome", Proto.RecordOutcomeRequest.Parser,
            guard.Unary<Proto.RecordOutcomeRequest, Proto.RecordOutcomeResponse>(service.RecordOutcomeAsync));
    }
}
