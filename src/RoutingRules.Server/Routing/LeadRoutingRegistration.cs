using RoutingRules.Domain.Routing;
using RoutingRules.Domain.Routing.Commit;
using RoutingRules.Domain.Snapshot;
using RoutingRules.Domain.Storage;
using RoutingRules.Grpc;
using RoutingRules.Store.Routing;

namespace RoutingRules.Server.Routing;

/// <summary>
/// <c>AddLeadRouting</c> registers the decision log, the assignment service and its startup;
/// the host must also register an <see cref="ILeadRouter"/>, an <see cref="ISnapshotSource"/>
/// (or <see cref="IReferenceDataStore"/>) and optionally an <see cref="IRuleCatalog"/>.
/// <c>MapLeadRouter</c> maps the gRPC service.
/// </summary>
internal static class LeadRoutingRegistration
{
    public static IServiceCollection AddLeadRouting(this IServiceCollection services, LeadRoutingOptions options)
    {
        services.AddSingleton(options);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(_ => SqliteDecisionLog.Open(options.Database));
        services.AddSingleton<IDecisionLog>(sp => sp.GetRequiredService<SqliteDecisionLog>());
        services.AddSingleton(sp =>
        {
            var logger = sp.GetRequiredService<ILogger<LeadAssignmentService>>();
            var store = sp.GetService<IReferenceDataStore>();
            return new LeadAssignmentService(
                sp.GetRequiredService<ILeadRouter>(),
                SnapshotsOf(sp),
                sp.GetRequiredService<IDecisionLog>(),
                new LeadAssignmentOptions
                {
                    RecentWindow = options.RecentWindow,
                    AccountCreated = store is null ? null : store.UpsertAccount,
                    BackgroundError = failure => logger.LogError(failure, "Decision commit path failure."),
                },
                sp.GetRequiredService<TimeProvider>());
        });
        services.AddSingleton(sp => new LeadRouterService(
            sp.GetRequiredService<LeadAssignmentService>(),
            sp.GetRequiredService<ILeadRouter>(),
            SnapshotsOf(sp),
            sp.GetService<IRuleCatalog>(),
            sp.GetRequiredService<TimeProvider>()));
        services.AddHostedService<LeadRoutingStartup>();
        return services;
    }

    public static IEndpointConventionBuilder MapLeadRouter(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGrpcService(endpoints.ServiceProvider.GetRequiredService<LeadRouterService>().Definition());

    private static ISnapshotSource SnapshotsOf(IServiceProvider services) =>
        services.GetService<ISnapshotSource>() ?? services.GetRequiredService<IReferenceDataStore>();
}
