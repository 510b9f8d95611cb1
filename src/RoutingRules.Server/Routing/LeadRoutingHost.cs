using RoutingRules.Domain.Routing;
using RoutingRules.Domain.Routing.Commit;
using RoutingRules.Domain.Snapshot;
using RoutingRules.Domain.Storage;
using RoutingRules.Grpc;
using RoutingRules.Store;
using RoutingRules.Store.Routing;
using ServingStatus = Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus;

namespace RoutingRules.Server.Routing;

/// <summary>
/// Owns the decision log and the assignment service for the server's lifetime. Started once the
/// reference data is open; until then (and if starting fails) the LeadRouter health status is
/// NOT_SERVING and routing calls get UNAVAILABLE.
/// </summary>
internal sealed class LeadRoutingHost : IDisposable
{
    private readonly LeadRoutingOptions _options;
    private readonly IServiceProvider _services;
    private readonly HealthStatusRegistry _health;
    private readonly ILogger<LeadRoutingHost> _logger;
    private readonly TimeProvider _time;
    private SqliteDecisionLog? _log;
    private volatile LeadAssignmentService? _assignments;
    private EscalationSweep? _escalations;
    private TraceRetentionSweep? _traceRetention;

    public LeadRoutingHost(LeadRoutingOptions options, IServiceProvider services, HealthStatusRegistry health, ILogger<LeadRoutingHost> logger, TimeProvider time)
    {
        _options = options;
        _services = services;
        _health = health;
        _logger = logger;
        _time = time;
        health.SetStatus(LeadRoutingOptions.ServiceName, ServingStatus.NotServing);
    }

    /// <summary>The started assignment service; UNAVAILABLE while starting.</summary>
    public LeadAssignmentService Assignments =>
        _assignments ?? throw new GrpcStatusException(StatusCode.Unavailable, "Routing is starting; retry shortly.");

    /// <summary>The router in use (resolving it compiles the rule set).</summary>
    public ILeadRouter Router => _services.GetRequiredService<ILeadRouter>();

    public ISnapshotSource? Snapshots { get; private set; }

    /// <summary>Compiles the rule set, opens the decision log beside <paramref name="database"/>, loads the live state, then reports SERVING.</summary>
    public void Start(SqliteStoreOptions database, ISnapshotSource snapshots)
    {
        var router = Router;
        var log = SqliteDecisionLog.Open(database, failure => _logger.LogWarning(failure, "Decision log checkpoint failed; it is retried."));
        try
        {
            var store = snapshots as IReferenceDataStore;
            var assignments = new LeadAssignmentService(router, snapshots, log, new LeadAssignmentOptions
            {
                RecentWindow = _options.RecentWindow,
                InMemoryPeriod = _options.InMemoryPeriod,
                AccountCreated = store is null ? null : store.UpsertAccount,
                BackgroundError = failure => _logger.LogError(failure, "Decision commit path failure."),
                Halted = Halt,
            }, _time);
            assignments.Start();
            _log = log;
            Snapshots = snapshots;
            _assignments = assignments;
            _escalations = new EscalationSweep(assignments, snapshots, _logger);
            if (_options.EscalationSweep)
            {
                _escalations.Start();
            }

            if (_options.TraceRetention is { } retention)
            {
                _traceRetention = new TraceRetentionSweep(assignments, retention, _options.TraceRetentionInterval, _time, _logger);
                _traceRetention.Start();
            }
        }
        catch
        {
            log.Dispose();
            throw;
        }

        _health.SetStatus(LeadRoutingOptions.ServiceName, ServingStatus.Serving);
    }

    /// <summary>
    /// After a failed sync nothing more can be acknowledged until a restart: the LeadRouter health
    /// status turns NOT_SERVING so that load balancers and callers checking it stop sending leads here.
    /// </summary>
    private void Halt(Exception failure)
    {
        _logger.LogCritical(failure, "The decision log could not be synced to disk: routing refuses every lead until the server restarts and reads what is stored.");
        _health.SetStatus(LeadRoutingOptions.ServiceName, ServingStatus.NotServing);
    }

    /// <summary>
    /// Escalates the leads due now, as the sweep does every policy <c>sla.escalationSweepInterval</c>;
    /// returns how many. UNAVAILABLE while starting.
    /// </summary>
    public Task<int> EscalateNowAsync(CancellationToken cancellationToken = default) =>
        (_escalations ?? throw new GrpcStatusException(StatusCode.Unavailable, "Routing is starting; retry shortly.")).RunOnceAsync(cancellationToken);

    /// <summary>
    /// Removes the traces older than <c>serve --trace-retention-days</c> now, as the hourly pass
    /// does; returns how many (0 without a retention). UNAVAILABLE while starting.
    /// </summary>
    public Task<int> RemoveExpiredTracesNowAsync(CancellationToken cancellationToken = default) =>
        _assignments is null ? throw new GrpcStatusException(StatusCode.Unavailable, "Routing is starting; retry shortly.")
            : _traceRetention?.RunOnceAsync(cancellationToken) ?? Task.FromResult(0);

    /// <summary>Stops the escalation and trace retention sweeps, writes what is pending, then closes the log.</summary>
    public void Dispose()
    {
        _escalations?.Dispose();
        _traceRetention?.Dispose();
        _assignments?.Dispose();
        _log?.Dispose();
    }
}
