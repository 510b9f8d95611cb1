using RoutingRules.Domain.Routing;
using RoutingRules.Domain.Routing.Commit;
using RoutingRules.Grpc;
using ServingStatus = Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus;

namespace RoutingRules.Server.Routing;

/// <summary>
/// Compiles the rule set (by resolving the router) and loads the live state in the background,
/// so the port opens at once; the LeadRouter health status turns SERVING only when both are done.
/// </summary>
internal sealed class LeadRoutingStartup(IServiceProvider services, HealthStatusRegistry health, ILogger<LeadRoutingStartup> logger)
    : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        health.SetStatus(LeadRoutingOptions.ServiceName, ServingStatus.NotServing);
        return Task.Run(() =>
        {
            try
            {
                services.GetRequiredService<ILeadRouter>();
                services.GetRequiredService<LeadAssignmentService>().Start();
                health.SetStatus(LeadRoutingOptions.ServiceName, ServingStatus.Serving);
            }
            catch (Exception failure)
            {
                logger.LogError(failure, "Lead routing could not start; {Service} stays NOT_SERVING.", LeadRoutingOptions.ServiceName);
            }
        }, stoppingToken);
    }
}
