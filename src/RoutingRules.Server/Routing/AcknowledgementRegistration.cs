using RoutingRules.Grpc;
using RoutingRules.Server.Security;
using Proto = RoutingRules.V1;

namespace RoutingRules.Server.Routing;

/// <summary>Adds <c>AcknowledgeLead</c> to the LeadRouter service definition, behind the routing guard.</summary>
internal static class AcknowledgementRegistration
{
    public static GrpcServiceDefinition WithAcknowledgements(this GrpcServiceDefinition definition, IServiceProvider services, BearerTokenGuard guard)
    {
        var service = new AcknowledgementService(services.GetRequiredService<LeadRoutingHost>());
        return definition.Unary("AcknowledgeLead", Proto.AcknowledgeLeadRequest.Parser,
            guard.Unary<Proto.AcknowledgeLeadRequest, Proto.AcknowledgeLeadResponse>(service.AcknowledgeLeadAsync));
    }
}
