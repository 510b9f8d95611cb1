using RoutingRules.Grpc;
using RoutingRules.Server.Hosting;
using RoutingRules.Server.Security;
using Proto = RoutingRules.V1;

namespace RoutingRules.Server.Routing;

/// <summary>
/// Adds <c>AssignLead</c> to the LeadRouter service definition. A manual assignment overrides
/// routing and moves leads between reps, which is ops' business, not a lead source's: it needs the
/// admin token when the server has one (as RoutingAdmin's writes and OPS explanations do), else the
/// routing token.
/// </summary>
internal static class ManualAssignmentRegistration
{
    public static GrpcServiceDefinition WithManualAssignments(this GrpcServiceDefinition definition, IServiceProvider services, BearerTokenGuard routingGuard)
    {
        var service = new ManualAssignmentService(services.GetRequiredService<LeadRoutingHost>());
        var admin = services.GetService<ServerSecurity>()?.Admin ?? BearerTokenGuard.Open;
        var guard = admin.Enabled ? admin : routingGuard;
        return definition.Unary("AssignLead", Proto.AssignLeadRequest.Parser,
            guard.Unary<Proto.AssignLeadRequest, Proto.AssignLeadResponse>(service.AssignLeadAsync));
    }
}
