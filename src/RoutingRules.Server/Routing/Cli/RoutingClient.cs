using RoutingRules.Grpc;
using Proto = RoutingRules.V1;

namespace RoutingRules.Server.Routing.Cli;

/// <summary>The CLI's side of the LeadRouter service.</summary>
internal sealed class RoutingClient(GrpcClient client, string? token) : IDisposable
{
    internal const string Service = "/routingrules.v1.LeadRouter/";

    public static RoutingClient Create(Uri server, string? token) => new(new GrpcClient(server), token);

    public Task<Proto.RouteLeadResponse> RouteAsync(Proto.RouteLeadRequest request, CancellationToken cancellationToken) =>
        client.UnaryAsync(Service + "RouteLead", request, Proto.RouteLeadResponse.Parser, Options(cancellationToken));

    public Task<Proto.ListRulesResponse> ListRulesAsync(Proto.ListRulesRequest request, CancellationToken cancellationToken) =>
        client.UnaryAsync(Service + "ListRules", request, Proto.ListRulesResponse.Parser, Options(cancellationToken));

    public Task<Proto.ListQueueResponse> ListQueueAsync(Proto.ListQueueRequest request, CancellationToken cancellationToken) =>
        client.UnaryAsync(Service + "ListQueue", request, Proto.ListQueueResponse.Parser, Options(cancellationToken));

    public Task<Proto.GetRoutingHealthResponse> GetRoutingHealthAsync(Proto.GetRoutingHealthRequest request, CancellationToken cancellationToken) =>
        client.UnaryAsync(Service + "GetRoutingHealth", request, Proto.GetRoutingHealthResponse.Parser, Options(cancellationToken));

    public Task<Proto.AcknowledgeLeadResponse> AcknowledgeAsync(Proto.AcknowledgeLeadRequest request, CancellationToken cancellationToken) =>
        client.UnaryAsync(Service + "AcknowledgeLead", request, Proto.AcknowledgeLeadResponse.Parser, Options(cancellationToken));

    public Task<Proto.RecordOutcomeResponse> RecordOutcomeAsync(Proto.RecordOutcomeRequest request, CancellationToken cancellationToken) =>
        client.UnaryAsync(Service + "RecordOutcome", request, Proto.RecordOutcomeResponse.Parser, Options(cancellationToken));

    public Task<Proto.AssignLeadResponse> AssignAsync(Proto.AssignLeadRequest request, CancellationToken cancellationToken) =>
        client.UnaryAsync(Service + "AssignLead", request, Proto.AssignLeadResponse.Parser, Options(cancellationToken));

    public Task<Proto.ExplainRouteResponse> ExplainAsync(Proto.ExplainRouteRequest request, CancellationToken cancellationToken) =>
        client.UnaryAsync(Service + "ExplainRoute", request, Proto.ExplainRouteResponse.Parser, Options(cancellationToken));

    public void Dispose() => client.Dispose();

    private GrpcCallOptions Options(CancellationToken cancellationToken) => new()
    {
        Headers = token is null ? null : new Metadata().Add("authorization", "Bearer " + token),
        Deadline = DateTime.UtcNow.AddSeconds(30),
        CancellationToken = cancellationToken,
    };
}
