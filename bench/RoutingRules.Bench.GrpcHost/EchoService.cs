using Google.Protobuf.WellKnownTypes;
using RoutingRules.Grpc;

namespace RoutingRules.Bench.GrpcHost;

/// <summary>The measured method: a unary call on the layer whose handler does no work.</summary>
public static class EchoService
{
    /// <summary>Route of the measured method.</summary>
    public const string Path = "/routingrules.bench.v1.Echo/Empty";

    /// <summary>Declares <c>routingrules.bench.v1.Echo/Empty</c>, echoing its empty request.</summary>
    public static GrpcServiceDefinition Create() =>
        GrpcServiceDefinition.Create("routingrules.bench.v1.Echo")
            .Unary<Empty, Empty>("Empty", Empty.Parser, static (request, _) => Task.FromResult(request));
}
