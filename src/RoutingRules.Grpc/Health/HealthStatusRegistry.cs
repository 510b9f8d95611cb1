using System.Threading.Channels;
using Grpc.Health.V1;
using ServingStatus = Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus;

namespace RoutingRules.Grpc;

/// <summary>
/// Serving status per service name, read by <c>grpc.health.v1.Health</c>. The whole server is the
/// empty name: it starts NOT_SERVING and the host marks it SERVING once it is ready.
/// </summary>
public sealed class HealthStatusRegistry
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, ServingStatus> _statuses = new(StringComparer.Ordinal) { [string.Empty] = ServingStatus.NotServing };
    private readonly List<(string Service, Channel<ServingStatus> Channel)> _watchers = [];

    /// <summary>Sets the status of a service (empty name: the whole server) and notifies watchers.</summary>
    public void SetStatus(string service, ServingStatus status)
    {
        ArgumentNullException.ThrowIfNull(service);
        lock (_gate)
        {
            _statuses[service] = status;
            Notify(service, status);
        }
    }

    /// <summary>Forgets a service: Check answers NOT_FOUND and watchers see SERVICE_UNKNOWN.</summary>
    public void ClearStatus(string service)
    {
        lock (_gate)
        {
            if (_statuses.Remove(service))
            {
                Notify(service, ServingStatus.ServiceUnknown);
            }
        }
    }

    /// <summary>Marks every known service NOT_SERVING, e.g. when the host begins to shut down.</summary>
    public void SetAllNotServing()
    {
        lock (_gate)
        {
            foreach (var service in _statuses.Keys.ToArray())
            {
                _statuses[service] = ServingStatus.NotServing;
                Notify(service, ServingStatus.NotServing);
            }
        }
    }

    /// <summary>The status of a service, if it is known.</summary>
    public bool TryGetStatus(string service, out ServingStatus status)
    {
        lock (_gate)
        {
            return _statuses.TryGetValue(service, out status);
        }
    }

    /// <summary>Subscribes to a service: the reader first yields the current status, then every change.</summary>
    internal ChannelReader<ServingStatus> Subscribe(string service, CancellationToken cancellationToken)
    {
        var channel = Channel.CreateUnbounded<ServingStatus>(new UnboundedChannelOptions { SingleReader = true });
        lock (_gate)
        {
            channel.Writer.TryWrite(_statuses.TryGetValue(service, out var current) ? current : ServingStatus.ServiceUnknown);
            _watchers.Add((service, channel));
        }

        cancellationToken.Register(() =>
        {
            lock (_gate)
            {
                _watchers.RemoveAll(w => ReferenceEquals(w.Channel, channel));
            }

            channel.Writer.TryComplete();
        });
        return channel.Reader;
    }

    private void Notify(string service, ServingStatus status)
    {
        foreach (var (watched, channel) in _watchers)
        {
            if (watched == service)
            {
                channel.Writer.TryWrite(status);
            }
        }
    }

    internal static HealthCheckResponse Response(ServingStatus status) => new() { Status = status };
}
