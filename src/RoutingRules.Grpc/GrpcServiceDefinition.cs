using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace RoutingRules.Grpc;

/// <summary>
/// A service and its methods, built fluently and mapped with <c>MapGrpcService</c>:
/// <code>
/// var health = GrpcServiceDefinition.Create(HealthReflection.Descriptor.Services[0])
///     .Unary("Check", HealthCheckRequest.Parser, CheckAsync)
///     .ServerStreaming("Watch", HealthCheckRequest.Parser, WatchAsync);
/// </code>
/// </summary>
public sealed class GrpcServiceDefinition
{
    private readonly List<ServerMethod> _methods = [];

    private GrpcServiceDefinition(string name, FileDescriptor? file)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        File = file;
    }

    /// <summary>The fully qualified service name, e.g. <c>grpc.health.v1.Health</c>.</summary>
    public string Name { get; }

    /// <summary>The proto file declaring the service, served by reflection; null when unknown.</summary>
    public FileDescriptor? File { get; }

    /// <summary>The full paths of the declared methods, e.g. <c>/grpc.health.v1.Health/Check</c>.</summary>
    public IEnumerable<string> MethodPaths
    {
        get
        {
            foreach (var method in _methods)
            {
                yield return method.Path;
            }
        }
    }

    internal IReadOnlyList<ServerMethod> Methods => _methods;

    /// <summary>Starts a definition for a service known only by name (not visible to reflection).</summary>
    public static GrpcServiceDefinition Create(string fullServiceName) => new(fullServiceName, null);

    /// <summary>Starts a definition from a generated service descriptor; reflection will serve its file.</summary>
    public static GrpcServiceDefinition Create(ServiceDescriptor service)
    {
        ArgumentNullException.ThrowIfNull(service);
        return new GrpcServiceDefinition(service.FullName, service.File);
    }

    /// <summary>Starts a definition whose name differs from the descriptor's (e.g. a wire-compatible alias).</summary>
    public static GrpcServiceDefinition Create(string fullServiceName, FileDescriptor file) => new(fullServiceName, file);

    /// <summary>Declares a unary method.</summary>
    public GrpcServiceDefinition Unary<TRequest, TResponse>(string method, MessageParser<TRequest> parser, UnaryHandler<TRequest, TResponse> handler)
        where TRequest : IMessage<TRequest>
        where TResponse : IMessage<TResponse> =>
        Add(new UnaryServerMethod<TRequest, TResponse>(Name, method, parser, handler));

    /// <summary>Declares a server-streaming method.</summary>
    public GrpcServiceDefinition ServerStreaming<TRequest, TResponse>(string method, MessageParser<TRequest> parser, ServerStreamingHandler<TRequest, TResponse> handler)
        where TRequest : IMessage<TRequest>
        where TResponse : IMessage<TResponse> =>
        Add(new ServerStreamingServerMethod<TRequest, TResponse>(Name, method, parser, handler));

    /// <summary>Declares a client-streaming method.</summary>
    public GrpcServiceDefinition ClientStreaming<TRequest, TResponse>(string method, MessageParser<TRequest> parser, ClientStreamingHandler<TRequest, TResponse> handler)
        where TRequest : IMessage<TRequest>
        where TResponse : IMessage<TResponse> =>
        Add(new ClientStreamingServerMethod<TRequest, TResponse>(Name, method, parser, handler));

    /// <summary>Declares a bidirectional-streaming method.</summary>
    public GrpcServiceDefinition DuplexStreaming<TRequest, TResponse>(string method, MessageParser<TRequest> parser, DuplexStreamingHandler<TRequest, TResponse> handler)
        where TRequest : IMessage<TRequest>
        where TResponse : IMessage<TResponse> =>
        Add(new DuplexStreamingServerMethod<TRequest, TResponse>(Name, method, parser, handler));

    private GrpcServiceDefinition Add(ServerMethod method)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(method.Name);
        foreach (var existing in _methods)
        {
            if (existing.Name == method.Name)
            {
                throw new ArgumentException($"Method '{method.Name}' is already declared on '{Name}'.");
            }
        }

        _methods.Add(method);
        return this;
    }
}
