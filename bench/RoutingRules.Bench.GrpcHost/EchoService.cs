using Google.Protobuf.WellKnownTypes;
using RoutingRules.Grpc;

namespace RoutingRules.Bench.GrpcHost;

/// <summary>The measured method: a unary call on the layer whose handler does no work.</summary>
public static class EchoService
{
    /// <summary>Route of the measured method.</summary>
    public const string Path = "/routingrules.bench.v1.Echo/Empty";

    // A completed task shared by every call, so the allocations measured are the layer's own.
    private static readonly Task<Empty> Response = Task.FromResult(new Empty());

    /// <summary>Declares <c>routingrules.bench.v1.Echo/Empty</c>, answering an empty message.</summary>
    public static GrpcServiceDefinition Create() =>
        GrpcServiceDefinition.Create("routingrules.bench.v1.Echo")
            .Unary<Empty, Empty>("Empty", Empty.Parser, static (_, _) => Response);
}
