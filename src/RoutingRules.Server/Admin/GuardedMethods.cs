using Google.Protobuf;
using RoutingRules.Grpc;
using RoutingRules.Server.Security;

namespace RoutingRules.Server.Admin;

/// <summary>Declares synchronous unary methods on a service, each behind the guard.</summary>
internal sealed class GuardedMethods(GrpcServiceDefinition definition, BearerTokenGuard guard)
{
    public GrpcServiceDefinition Definition => definition;

    public GuardedMethods Unary<TRequest, TResponse>(string name, MessageParser<TRequest> parser, Func<TRequest, TResponse> handler)
        where TRequest : IMessage<TRequest>
        where TResponse : IMessage<TResponse>
    {
        definition.Unary(name, parser, guard.Unary<TRequest, TResponse>((request, _) => Task.FromResult(handler(request))));
        return this;
    }
}
