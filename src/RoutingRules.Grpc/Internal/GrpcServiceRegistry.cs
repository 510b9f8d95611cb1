namespace RoutingRules.Grpc;

/// <summary>The services mapped on this host; reflection lists them, the fallback tells unknown services from unknown methods.</summary>
internal sealed class GrpcServiceRegistry
{
    private readonly Lock _gate = new();
    private readonly List<GrpcServiceDefinition> _services = [];
    private bool _fallbackMapped;

    public IReadOnlyList<GrpcServiceDefinition> Services
    {
        get
        {
            lock (_gate)
            {
                return [.. _services];
            }
        }
    }

    public void Add(GrpcServiceDefinition service)
    {
        lock (_gate)
        {
            foreach (var existing in _services)
            {
                if (existing.Name == service.Name)
                {
                    throw new InvalidOperationException($"gRPC service '{service.Name}' is already mapped.");
                }
            }

            _services.Add(service);
        }
    }

    public bool HasService(string name)
    {
        lock (_gate)
        {
            foreach (var service in _services)
            {
                if (service.Name == name)
                {
                    return true;
                }
            }

            return false;
        }
    }

    public bool TryClaimFallback()
    {
        lock (_gate)
        {
            if (_fallbackMapped)
            {
                return false;
            }

            _fallbackMapped = true;
            return true;
        }
    }
}
